/**
 * The classroom side panel: the teacher's panel in teacher mode, else the tasks of a pack for the
 * student (nothing for a project without tasks). It also tells why a lock refused an edit.
 */
import { useDocument } from '../stores/documentStore';
import { TasksPanel } from './TasksPanel';
import { TeacherPanel } from './TeacherPanel';
import { useLockNotices } from './useLockNotices';
import './packs.css';

export function ClassroomPanel() {
  useLockNotices();
  const teacher = useDocument((s) => s.teacherMode);
  const tasks = useDocument((s) => s.project.classroom?.tasks);
  if (teacher) return <TeacherPanel />;
  return tasks && tasks.length > 0 ? <TasksPanel tasks={tasks} /> : null;
}
