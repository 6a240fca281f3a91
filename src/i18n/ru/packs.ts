import type { Translation } from '../catalog';
import type { messages as english } from '../en/packs';

/** Russian messages of the packs area. */
export const messages: Translation<typeof english> = {
  'packs.metric.val_acc': 'точность на валидационной выборке',
  'packs.metric.val_loss': 'функция потерь на валидационной выборке',
  'packs.metric.test_acc': 'точность на тестовой выборке',
  'packs.metric.test_loss': 'функция потерь на тестовой выборке',
  'packs.metric.acc': 'точность на обучающей выборке',
  'packs.metric.loss': 'функция потерь на обучающей выборке',
  'packs.value.percent': '{value, number, ::percent .#}',
  'packs.value.number': '{value, number, ::.####}',

  'packs.check.atLeast': '{metric} не ниже {value}',
  'packs.check.atMost': '{metric} не выше {value}',
  'packs.check.dataset': 'обучение на наборе данных «{id}»',
  'packs.check.maxHiddenLayers':
    'не более {max, plural, one {# скрытого слоя} few {# скрытых слоёв} many {# скрытых слоёв} other {# скрытого слоя}}',
  'packs.check.maxParams':
    'не более {max, plural, one {# параметра} few {# параметров} many {# параметров} other {# параметра}}',
  'packs.check.hasLayer': 'в модели есть слой {type}',
  'packs.check.noLayer': 'в модели нет слоя {type}',

  'packs.reason.noRun': 'Обучите модель, чтобы проверить задание.',
  'packs.reason.noValidation':
    'В последнем запуске нет величины «{metric}»: задайте долю валидационной выборки в настройках обучения.',
  'packs.reason.noTest':
    'В последнем запуске нет величины «{metric}»: у этого набора данных нет тестовой выборки.',
  'packs.reason.noScore': 'В последнем запуске нет величины «{metric}».',
  'packs.reason.notANumber':
    'Величина «{metric}» в последнем запуске не является числом: обучение разошлось.',
  'packs.reason.tooLow': 'Сейчас {metric} — {actual}, а нужно не меньше {target}.',
  'packs.reason.tooHigh': 'Сейчас {metric} — {actual}, а нужно не больше {target}.',
  'packs.reason.dataset':
    'Последний запуск обучался на наборе «{actual}», а задание требует набор «{expected}».',
  'packs.reason.hiddenLayers':
    'В модели {count, plural, one {# скрытый слой} few {# скрытых слоя} many {# скрытых слоёв} other {# скрытого слоя}}, а допускается не более {max}.',
  'packs.reason.params':
    'В модели {count, plural, one {# параметр} few {# параметра} many {# параметров} other {# параметра}}, а допускается не более {max, number}.',
  'packs.reason.modelProblems':
    'В модели есть ошибки, поэтому параметры не сосчитать. Исправьте их и обучите модель заново.',
  'packs.reason.missingLayer': 'В модели должен быть слой {type}.',
  'packs.reason.forbiddenLayer': 'В модели не должно быть слоя {type}.',

  'packs.refused.delete': 'Слой {name} закреплён преподавателем, его нельзя удалить.',
  'packs.refused.deleteParams':
    'У слоя {name} есть параметры, закреплённые преподавателем, поэтому его нельзя удалить.',
  'packs.refused.change': 'Слой {name} закреплён преподавателем: его параметры изменить нельзя.',
  'packs.refused.param': 'Параметр {param} слоя {name} закреплён преподавателем.',
  'packs.refused.rename': 'Слой {name} закреплён преподавателем, его нельзя переименовать.',
  'packs.refused.disconnect': 'Слой {name} закреплён преподавателем, его нельзя отсоединить.',
  'packs.refused.classroom': 'Замки и задания можно менять только в режиме преподавателя.',
  'packs.refused.dataset': 'Набор данных закреплён преподавателем.',
  'packs.refused.training': 'Настройки обучения закреплены преподавателем.',

  'packs.pack.pathDataset':
    'Набор данных слишком велик для пакета: он хранится по пути на этом компьютере, а на компьютере студента такого пути нет. Импортируйте набор поменьше или выберите встроенный и сохраните пакет снова.',
  'packs.pack.defaultName': '{name} (для занятия)',

  'packs.lock.layer': 'Закреплено преподавателем',
  'packs.lock.layerNote':
    'Слой закреплён: его нельзя удалить, переименовать, изменить или отсоединить.',
  'packs.lock.paramsNote': 'Закреплённые параметры: {params}',
  'packs.lock.field': 'Закреплено преподавателем, изменить нельзя.',

  'packs.tasks.title': 'Задания',
  'packs.tasks.progress':
    'Выполнено {done} из {total, plural, one {# задания} few {# заданий} many {# заданий} other {# задания}}',
  'packs.tasks.intro': 'Обучите модель: задание отмечается, когда выполнены все его условия.',
  'packs.tasks.conditions': 'Условия',
  'packs.tasks.notYet': 'Пока не выполнено.',
  'packs.tasks.done': 'Выполнено.',
  'packs.tasks.locked': 'Части со значком замка закреплены преподавателем.',

  'packs.teacher.title': 'Пакет для занятия',
  'packs.teacher.honesty':
    'Замки лишь направляют студентов и ничего не защищают: пакет — обычный файл, который любой может отредактировать вручную, и режим преподавателя может включить любой.',
  'packs.teacher.locks': 'Замки',
  'packs.teacher.lockTraining': 'Закрепить настройки обучения',
  'packs.teacher.lockDataset': 'Закрепить набор данных',
  'packs.teacher.layers': 'Слои',
  'packs.teacher.lockLayer': 'Закрепить {name}',
  'packs.teacher.paramsOf': 'Параметры слоя {name}',
  'packs.teacher.lockParam': 'Закрепить {param}',
  'packs.teacher.selectLayer': 'Выделите один слой, чтобы закрепить отдельные его параметры.',
  'packs.teacher.noLayers': 'В модели пока нет слоёв.',
  'packs.teacher.tasks': 'Задания',
  'packs.teacher.noTasks': 'Заданий пока нет.',
  'packs.teacher.removeTask': 'Удалить задание {title}',
  'packs.teacher.editTask': 'Изменить задание {title}',
  'packs.teacher.newTask': 'Новое задание',
  'packs.teacher.editingTask': 'Изменение задания',
  'packs.teacher.taskTitle': 'Название задания',
  'packs.teacher.condition': 'Условие {index}',
  'packs.teacher.kind': 'Вид условия {index}',
  'packs.teacher.addCondition': 'Добавить условие',
  'packs.teacher.removeCondition': 'Удалить условие {index}',
  'packs.teacher.metric': 'Величина в условии {index}',
  'packs.teacher.comparison': 'Сравнение в условии {index}',
  'packs.teacher.atLeast': 'не меньше',
  'packs.teacher.atMost': 'не больше',
  'packs.teacher.value': 'Значение в условии {index}',
  'packs.teacher.percentValue': 'Значение в условии {index}, %',
  'packs.teacher.datasetId': 'Набор данных в условии {index}',
  'packs.teacher.count': 'Число в условии {index}',
  'packs.teacher.layerType': 'Тип слоя в условии {index}',
  'packs.teacher.kind.metric': 'величина из последнего запуска',
  'packs.teacher.kind.dataset': 'обучение на наборе данных',
  'packs.teacher.kind.maxHiddenLayers': 'не больше стольких скрытых слоёв',
  'packs.teacher.kind.maxParams': 'не больше стольких параметров',
  'packs.teacher.kind.hasLayer': 'есть слой данного типа',
  'packs.teacher.kind.noLayer': 'нет слоя данного типа',
  'packs.teacher.addTask': 'Добавить задание',
  'packs.teacher.saveTask': 'Сохранить задание',
  'packs.teacher.needTitle': 'Дайте заданию название.',
  'packs.teacher.needNumber': 'В условии {index} нужно число не меньше 0.',
  'packs.teacher.needText': 'В условии {index} нужно значение.',
  'packs.teacher.needCondition': 'Добавьте к заданию хотя бы одно условие.',

  'packs.notice.teacherOn':
    'Режим преподавателя: замки сняты, пока вы их расставляете и правите задания.',
  'packs.notice.teacherOff': 'Режим студента: замки действуют.',
  'packs.notice.taskAdded': 'Задание {title} добавлено.',
  'packs.notice.taskSaved': 'Задание {title} сохранено.',
  'packs.notice.taskRemoved': 'Задание {title} удалено.',
  'packs.notice.saved': 'Пакет для занятия {name} сохранён.',
  'packs.notice.notSaved': 'Не удалось сохранить пакет для занятия. {reason}',
};
