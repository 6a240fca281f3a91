import { EventEmitter } from 'node:events';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  claimSingleInstance,
  projectPathsInArgv,
  secondInstanceAction,
  type SecondInstanceAction,
} from './instance';

const cwd = join('/', 'home', 'ada');

describe('secondInstanceAction', () => {
  it.each([
    {
      name: 'a double-clicked project in the packaged app',
      argv: ['/opt/NeuroCanvas/neurocanvas', '/home/ada/mnist.ncproj'],
      action: { kind: 'open', paths: ['/home/ada/mnist.ncproj'] },
    },
    {
      name: 'a relative path, resolved where the second instance started',
      argv: ['/opt/NeuroCanvas/neurocanvas', 'work/iris.NCPROJ'],
      action: { kind: 'open', paths: [join(cwd, 'work', 'iris.NCPROJ')] },
    },
    {
      name: 'development: electron, the app folder, Chromium switches, then the file',
      argv: ['/x/electron', '.', '--enable-logging', '--user-data-dir=/tmp/a.ncproj', 'a.ncproj'],
      action: { kind: 'open', paths: [join(cwd, 'a.ncproj')] },
    },
    {
      name: 'the same file twice, opened once',
      argv: ['/opt/nc', 'a.ncproj', '/home/ada/a.ncproj'],
      action: { kind: 'open', paths: [join(cwd, 'a.ncproj')] },
    },
    {
      name: 'the app started again with nothing to open',
      argv: ['/opt/NeuroCanvas/neurocanvas'],
      action: { kind: 'focus' },
    },
    {
      name: 'files that are not projects',
      argv: ['/opt/nc', 'notes.txt', 'model.json', 'ncproj'],
      action: { kind: 'focus' },
    },
    {
      name: 'the executable itself, even if named like a project',
      argv: ['/opt/odd.ncproj'],
      action: { kind: 'focus' },
    },
  ])('$name', ({ argv, action }) => {
    expect(secondInstanceAction(argv, cwd)).toEqual(action);
  });

  it('opens at most twenty files from one command line', () => {
    const argv = ['/opt/nc', ...Array.from({ length: 50 }, (_, i) => `p${i}.ncproj`)];
    expect(projectPathsInArgv(argv, cwd)).toHaveLength(20);
  });
});

describe('claimSingleInstance', () => {
  class FakeApp extends EventEmitter {
    constructor(private readonly locked: boolean) {
      super();
    }
    requestSingleInstanceLock = () => !this.locked;
  }

  it('tells a second launch to quit, leaving the running app alone', () => {
    const acted: SecondInstanceAction[] = [];
    const app = new FakeApp(true);
    expect(claimSingleInstance(app, (a) => acted.push(a))).toBe(false);
    expect(app.listenerCount('second-instance')).toBe(0);
  });

  it('turns later launches and files opened from the Finder into actions', () => {
    const acted: SecondInstanceAction[] = [];
    const app = new FakeApp(false);
    expect(claimSingleInstance(app, (a) => acted.push(a))).toBe(true);
    app.emit('second-instance', {}, ['/opt/nc', 'b.ncproj'], cwd);
    app.emit('second-instance', {}, ['/opt/nc'], cwd);
    let prevented = 0;
    const event = { preventDefault: () => void prevented++ };
    app.emit('open-file', event, '/Users/ada/c.ncproj');
    app.emit('open-file', event, '/Users/ada/notes.txt');
    expect(acted).toEqual([
      { kind: 'open', paths: [join(cwd, 'b.ncproj')] },
      { kind: 'focus' },
      { kind: 'open', paths: ['/Users/ada/c.ncproj'] },
    ]);
    expect(prevented).toBe(2);
  });
});
