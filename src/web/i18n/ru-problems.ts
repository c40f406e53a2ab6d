/**
 * Interface text, Russian: problems from the server by their code, and JSON types (keys as
 * in en-problems.ts). A part of the catalogue fetched when a problem is first shown.
 */
import type { Catalogue } from "./catalogue.js";

export const ruProblems = {
  "term.problem.not-found": "Не найдено.",
  "term.problem.unauthorized": "Вы не вошли в систему, или ваш вход больше не действителен.",
  "term.problem.forbidden": "У вас нет права на это действие.",
  "term.problem.invalid-input": "Введённые данные не приняты.",
  "term.problem.conflict":
    "Это противоречит уже существующему или изменению, сделанному тем временем.",
  "term.problem.unprocessable": "Запрос не удалось выполнить.",
  "term.problem.too-large": "Слишком большой объём.",
  "term.problem.unsupported-type": "Этот тип содержимого не поддерживается.",
  "term.problem.store-busy": "Хранилище занято; повторите попытку чуть позже.",
  "term.problem.rate-limited": "Слишком много запросов; повторите попытку позже.",
  "term.problem.csrf": "Маркер безопасности страницы отсутствует или устарел; обновите страницу.",
  "term.problem.capture-refused": "Этот адрес нельзя заархивировать.",
  "term.problem.capture-failed": "Страницу не удалось заархивировать.",
  "term.problem.range-not-satisfiable": "Запрошенная часть лежит за пределами файла.",
  "term.problem.bad-request": "Запрос составлен неправильно.",
  "term.problem.internal": "Произошла непредвиденная ошибка; она записана в журнал.",
  "term.problem.invalid-input.required": "Обязательное поле.",
  "term.problem.invalid-input.type": "Ожидается: {type}.",
  "term.problem.invalid-input.min-length": "Слишком коротко (минимальная длина: {limit}).",
  "term.problem.invalid-input.max-length": "Слишком длинно (максимальная длина: {limit}).",
  "term.problem.invalid-input.pattern": "Не соответствует ожидаемому виду.",
  "term.problem.invalid-input.format": "Не соответствует ожидаемому виду ({format}).",
  "term.problem.invalid-input.enum": "Допустимые значения: {allowed}.",
  "term.problem.invalid-input.minimum": "Должно быть не меньше {limit}.",
  "term.problem.invalid-input.maximum": "Должно быть не больше {limit}.",
  "term.problem.invalid-input.min-items": "Слишком мало элементов (минимум: {limit}).",
  "term.problem.invalid-input.max-items": "Слишком много элементов (максимум: {limit}).",
  "term.problem.invalid-input.additional-property": "Неизвестное поле «{property}».",
  "term.problem.invalid-input.one-of": "Не соответствует ни одному из допустимых вариантов.",
  "term.problem.sign-in.wrong-password": "Неверное имя пользователя или пароль.",
  "term.problem.sign-in.needed": "Для этого нужно войти в систему.",
  "term.problem.sign-in.too-many-attempts":
    "Слишком много попыток входа; повторите через {minutes} мин.",
  "term.problem.rate-limited.computation":
    "Слишком много запросов на это вычисление (не более {max} в минуту); повторите чуть позже.",
  "term.problem.conflict.reviewed-meanwhile":
    "Тем временем это уже проверил кто-то другой; обновите страницу.",
  "term.problem.conflict.edited-meanwhile":
    "Тем временем это изменил кто-то другой; обновите страницу и внесите изменение заново.",
  "term.problem.four-eyes.own-confirmation":
    "Принцип четырёх глаз: первое подтверждение дали вы; подтвердить должен второй проверяющий.",
  "term.problem.four-eyes.own-item":
    "Принцип четырёх глаз: это создали вы; подтвердить должен проверяющий, не являющийся автором.",
  "term.problem.too-large.file": "Файл превышает допустимый размер.",
  "term.problem.too-large.body": "Запрос превышает допустимый размер.",
  "term.problem.unreadable.empty": "{file}: в файле нет текста.",
  "term.problem.unreadable.corrupt": "{file}: файл повреждён и не читается.",
  "term.problem.unreadable.unreadable": "{file}: файл не удаётся прочитать.",
  "term.problem.unreadable.unsupported-type": "{file}: этот тип файлов не поддерживается.",
  "term.problem.unreadable.binary": "{file}: файл не является текстом.",
  "term.problem.unreadable.too-large": "{file}: файл превышает допустимый размер.",
  // Specific problems of each part of the application (issue 15, round 3).
  "term.problem.invalid-input.bad-text": "{field}: в тексте есть недопустимый символ.",
  "term.problem.invalid-input.bad-field-name": "Имя поля в {field} содержит недопустимый символ.",
  "term.problem.invalid-input.too-deep": "{field}: вложенность глубже {limit} уровней.",
  "term.problem.invalid-input.boolean": "{field} может быть только «true» или «false».",
  "term.problem.invalid-input.unknown": "{field}: значение «{value}» здесь неизвестно.",
  "term.problem.invalid-input.not-an-id": "{field}: «{value}» — не идентификатор.",
  "term.problem.invalid-input.reason-needed": "Укажите причину этого решения.",
  "term.problem.invalid-input.empty-list": "{field}: укажите хотя бы одно значение.",
  "term.problem.invalid-input.length-range": "{field}: от {min} до {max} символов.",
  "term.problem.invalid-input.count-range": "{field}: укажите от {min} до {max} элементов.",
  "term.problem.invalid-input.whole-number-range": "{field}: целое число от {min} до {max}.",
  "term.problem.invalid-input.positive-number": "{field}: нужно положительное число.",
  "term.problem.invalid-input.probability": "{field}: нужна вероятность больше 0 и не больше 1.",
  "term.problem.invalid-input.duration": "{field}: нужна длительность, равная нулю или больше.",
  "term.problem.invalid-input.day": "{field}: «{value}» — не день (год-месяц-день).",
  "term.problem.invalid-input.date": "{field}: «{value}» — не дата (год, месяц или день).",
  "term.problem.invalid-input.day-order": "Последний день раньше первого.",
  "term.problem.invalid-input.grade-filter":
    "{field}: «{value}» — не оценка (A–F, 1–6 или «без оценки»).",
  "term.problem.invalid-input.url": "{field}: нужен адрес http или https.",
  "term.problem.not-found.route": "По этому адресу ничего нет.",
  "term.problem.not-found.case": "Дела «{id}» нет.",
  "term.problem.not-found.source": "Источника {id} нет, или у вас нет доступа к нему.",
  "term.problem.not-found.source-original":
    "Источник {id} известен только по ссылке: исходного файла в архиве нет.",
  "term.problem.not-found.part-original":
    "Источник {id} — часть сборника: собственного исходного файла у него нет, есть только текст.",
  "term.problem.not-found.source-text":
    "Источник {id} известен только по ссылке: текста у него нет.",
  "term.problem.not-found.passage": "Фрагмента {id} нет.",
  "term.problem.not-found.claim": "Утверждения {id} нет, или у вас нет доступа к нему.",
  "term.problem.not-found.citable": "Нет источника, фрагмента или утверждения {id}.",
  "term.problem.not-found.evidence-link":
    "Связи доказательства {id} нет, или у вас нет доступа к ней.",
  "term.problem.not-found.link": "Связи записей {id} нет, или у вас нет доступа к ней.",
  "term.problem.not-found.person-list": "Списка лиц «{id}» нет, или у вас нет доступа к нему.",
  "term.problem.not-found.person-record": "Записи о лице {id} нет, или у вас нет доступа к ней.",
  "term.problem.not-found.user": "Учётной записи «{id}» нет.",
  "term.problem.not-found.group": "Группы «{id}» нет.",
  "term.problem.not-found.token": "Токена {id} нет.",
  "term.problem.not-found.grant": "У {principal} нет разрешения на {id}.",
  "term.problem.not-found.job": "Задачи {id} нет, или она не ваша.",
  "term.problem.not-found.job-file": "Задача {id} не создала файла (она не завершена).",
  "term.problem.not-found.job-file-removed":
    "Файл задачи {id} с тех пор удалён; запустите задачу снова.",
  "term.problem.not-found.media": "У источника {id} нет такого изображения или записи.",
  "term.problem.not-found.capture": "Веб-архива {id} нет, или у вас нет доступа к нему.",
  "term.problem.not-found.capture-file": "В веб-архиве {id} нет файла № {seq}.",
  "term.problem.not-found.chronicle-entry":
    "Записи фотохроники {id} нет, или у вас нет доступа к ней.",
  "term.problem.not-found.memorial": "У дела «{id}» нет опубликованной книги памяти.",
  "term.problem.not-found.memorial-entry": "В книге памяти нет записи {id}.",
  "term.problem.not-found.consent": "Записи о согласии {id} нет.",
  "term.problem.not-found.protected-person": "В этом реестре нет лица по имени «{name}».",
  "term.problem.not-found.named-person": "Лицо по имени «{name}» в этом деле не упоминается.",
  "term.problem.unauthorized.bearer-form":
    "Заголовок Authorization должен состоять из слова «Bearer» и токена.",
  "term.problem.unauthorized.token-invalid": "Этот токен недействителен.",
  "term.problem.unauthorized.token-revoked": "Этот токен отозван.",
  "term.problem.unauthorized.token-expired": "Срок действия этого токена истёк.",
  "term.problem.unauthorized.account-disabled": "Учётная запись этого токена отключена.",
  "term.problem.forbidden.role": "Для этого нужна роль «{role}» или выше.",
  "term.problem.forbidden.write-grant":
    "Чтобы изменить материал с доступом «{level}», нужно разрешение на запись.",
  "term.problem.forbidden.token-scope":
    "Создавать токены может только токен с правами администратора.",
  "term.problem.forbidden.token-role":
    "Для токена с такими правами нужна учётная запись с ролью «{role}».",
  "term.problem.forbidden.register-keepers":
    "Реестр защищённых лиц этого дела ведут проверяющие, получившие доступ к делу.",
  "term.problem.forbidden.protected-original":
    "В оригинале источника {id} названо защищённое лицо; откройте его текст, где имя скрыто.",
  "term.problem.conflict.user-exists": "Учётная запись «{name}» уже существует.",
  "term.problem.conflict.group-exists": "Группа «{name}» уже существует.",
  "term.problem.conflict.list-exists": "Список лиц «{name}» уже существует.",
  "term.problem.conflict.grade-unchanged": "Оценка уже такая: «{value}».",
  "term.problem.conflict.already-linked": "Эти две записи уже связаны.",
  "term.problem.conflict.link-rejected": "Эта связь отклонена: записи не связаны.",
  "term.problem.conflict.consent-withdrawn": "Это согласие уже отозвано.",
  "term.problem.unprocessable.part-wider":
    "Часть не может быть доступнее своего сборника; доступ к сборнику: {level}.",
  "term.problem.unprocessable.transcript-wider":
    "Расшифровка не может быть доступнее своей записи; доступ к записи: {level}.",
  "term.problem.unprocessable.no-chromium":
    "На этом сервере нельзя напечатать PDF (нет Chromium); PDF не создан.",
  "term.problem.unprocessable.work-limit":
    "Работа потребовала больше времени или памяти, чем разрешено, и была остановлена.",
  "term.problem.too-large.file-limit": "{file} больше предела в {limit} байт.",
  "term.problem.too-large.batch": "В одном пакете не больше {limit} файлов.",
  "term.problem.range-not-satisfiable.file":
    "Запрошенная часть лежит за пределами файла ({size} байт).",
  "term.problem.upload.not-multipart": "Форма не отправила файл.",
  "term.problem.upload.malformed": "Загрузка пришла повреждённой; отправьте её снова.",
  "term.problem.upload.no-file": "Выберите файл для отправки.",
  "term.problem.upload.one-file": "Отправляйте файлы по одному.",
  "term.problem.upload.unknown-field": "В форме есть неизвестное поле «{field}».",
  "term.problem.accounts.name-form":
    "{field}: от 2 до 63 строчных букв, цифр, «.», «_» или «-», начиная с буквы или цифры.",
  "term.problem.accounts.name-reserved": "Имя «{name}» зарезервировано; выберите другое.",
  "term.problem.accounts.nothing-to-change":
    "Укажите роль либо отключите или включите учётную запись.",
  "term.problem.grants.principal-form":
    "Разрешение указывается как «user:<имя>» или «group:<имя>».",
  "term.problem.claims.empty-correction":
    "Для исправления нужны новые значения, автор утверждения, основание или новое место в источнике.",
  "term.problem.claims.locator-needs-correction":
    "Перенести утверждение в другое место источника можно только исправлением.",
  "term.problem.claims.no-text":
    "У источника {id} нет текста (он известен только по ссылке): извлекать нечего.",
  "term.problem.claims.nothing-to-point-into":
    "У источника {id} нет текста, изображения или известной длительности, на которые можно указать.",
  "term.problem.provenance.no-claim": "Утверждения {id}, из которого можно выводить, нет.",
  "term.problem.provenance.no-source": "Источника {id}, из которого можно выводить, нет.",
  "term.problem.provenance.self": "Утверждение не может происходить от самого себя.",
  "term.problem.provenance.cycle":
    "Утверждение {id} уже происходит от этого утверждения: связь замкнула бы круг.",
  "term.problem.provenance.nothing":
    "Укажите основание, связь с тем, что утверждение передаёт, или и то и другое.",
  "term.problem.evidence.one-target": "Свяжите ровно одно утверждение, фрагмент или источник.",
  "term.problem.evidence.unconfirmed-claim":
    "Доказательством может быть только подтверждённое утверждение; сначала проверьте его.",
  "term.problem.evidence.other-case":
    "Это доказательство не относится ни к одному источнику дела «{case}».",
  "term.problem.evidence.empty-correction":
    "Для исправления нужны элемент, направленность, вес или обоснование.",
  "term.problem.registry.map-form":
    "Сопоставление столбцов должно связывать каждое поле со столбцом.",
  "term.problem.registry.map-field":
    "В сопоставлении указано «{value}», но это не поле; поля: {allowed}.",
  "term.problem.registry.ignore-form":
    "Пропускаемые столбцы — это список заголовков столбцов через запятую.",
  "term.problem.registry.no-lists": "Нет списков лиц для связывания.",
  "term.problem.registry.too-few-lists": "Для оценки нужны хотя бы два списка лиц.",
  "term.problem.registry.no-records": "В выбранных списках нет записей.",
  "term.problem.registry.too-few-records": "Для связывания нужны хотя бы две записи.",
  "term.problem.registry.self-link": "Запись нельзя связать с ней самой.",
  "term.problem.search.no-words": "В запросе нет слов для поиска.",
  "term.problem.search.rank-cap":
    "Ранжируются только первые {limit} совпадений; сузьте поиск, чтобы листать дальше.",
  "term.problem.sources.case-fixed":
    "Этот источник входит в собственные данные дела «{case}» и не может перейти в другое дело.",
  "term.problem.export.table-only-csv": "Отдельную таблицу можно выбрать только для CSV.",
  "term.problem.jobs.nothing-to-do": "Задаче нечего делать.",
  "term.problem.chronicle.person-name": "Лицо № {n}: имя должно содержать от 1 до {max} символов.",
  "term.problem.chronicle.person-record": "Лицо № {n}: «{value}» — не идентификатор записи.",
  "term.problem.chronicle.person-twice": "Лицо № {n}: «{name}» названо дважды.",
  "term.problem.chronicle.wider-than-image":
    "Запись не может иметь доступ «{level}», пока у её изображения доступ «{source}»: она была бы доступнее изображения.",
  "term.problem.chronicle.not-an-image":
    "Источник {id} — не изображение; фотохроника показывает изображения.",
  "term.problem.chronicle.already-in": "Источник {id} уже есть в фотохронике.",
  "term.problem.protection.no-name": "В «{name}» нет имени.",
  "term.problem.transcripts.not-utf8": "Расшифровка должна быть текстом в UTF-8.",
  "term.problem.transcripts.cue-past-end":
    "Фрагмент № {n} заканчивается на {end} с, после конца записи ({duration} с).",
  "term.problem.transcripts.not-a-recording":
    "Источник {id} — не видео- или аудиозапись известной длительности.",
  "term.problem.transcripts.language": "«{value}» — не код языка вроде az, ru или en.",
  "term.problem.capture.invalid-url": "«{url}» — не веб-адрес.",
  "term.problem.capture.scheme": "«{url}»: архивировать можно только адреса http и https.",
  "term.problem.capture.private-address":
    "«{url}» ведёт в частную или локальную сеть; её архивировать нельзя.",
  "term.problem.capture.too-large":
    "«{url}»: страница или один из её файлов больше допустимого размера.",
  "term.problem.capture.timeout": "«{url}» не ответил вовремя.",
  "term.problem.capture.network": "Не удалось связаться с «{url}».",
  "term.problem.capture.redirects": "«{url}» перенаправляет слишком много раз.",
  "term.problem.capture.http-status": "«{url}» ответил ошибкой.",
  "term.jsonType.string": "текст",
  "term.jsonType.number": "число",
  "term.jsonType.integer": "целое число",
  "term.jsonType.boolean": "истина или ложь",
  "term.jsonType.object": "объект",
  "term.jsonType.array": "список",
  "term.jsonType.null": "пусто",
} satisfies Catalogue;
