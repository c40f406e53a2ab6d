/**
 * Name pools for generated persons, in Azerbaijani Latin (Azerbaijani persons) and Russian
 * Cyrillic (Russian persons). Order is rough frequency: the generator draws with Zipf weights, so
 * a few names are very common, as in real lists.
 */

export const AZ_MALE =
  `Əli Məmməd Həsən Hüseyn Elçin Rəşid Vüqar Tofiq Elşən Famil Kamran Ramil Namiq Rövşən
Ələkbər Qasım Bağır Cəfər Xəlil Qurban Şahbaz Nağı Hacı Mehdi İbrahim Yusif İsmayıl Musa Əziz Səməd
Rəhim Kərim Vaqif Zaur Elnur Rauf Fikrət Mübariz Səlim Fərhad Nizami Natiq İlham Eldar Arif Rasim
Tahir Zakir Sahib Cavid Elman Hikmət Tələt Aydın Rüstəm Bəhram Əsgər Allahverdi Qəzənfər Salman
Nadir Şamil Vəli Qədir Talıb Nəriman Fuad Tural Emin Orxan Seymur Ruslan Anar Mahir Novruz Sabir`
    .split(/\s+/)
    .filter(Boolean);

export const AZ_FEMALE =
  `Gülnarə Gözəl Səbinə Aygün Leyla Nərgiz Sevinc Xədicə Fatma Zəhra Aynur Günel Səidə
Rəna Tamilla Şəfiqə Məleykə Zülfiyyə Firuzə Afət Elmira Könül Sevda Lalə Nigar Validə Səkinə Humay
Xanım Bahar Aytən Solmaz Mehriban Ülviyyə Həcər Mədinə Gülarə Şövkət Dilarə Yasəmən Turan Zenfira`
    .split(/\s+/)
    .filter(Boolean);

/** Roots that take -ov/-yev; most Azerbaijani surnames are a forefather's given name. */
export const AZ_SURNAME_ROOTS =
  `Məmməd Əli Həsən Hüseyn Quliyev Ələkbər Qasım Bağır Cəfər Xəlil Qurban Şahbaz
Nağı Hacı İbrahim Rzayev Süleyman Abbas Babayev Orucov Kərim İsmayıl Əhməd Nəsib Mustafa Musa
Cavad Əsgər Həmid Qafar Kazım Rəhim Sadıq Səfər Tağı Vəli Zeynal Heydər İmanov Nəcəf Allahverdi
Salman Qəhrəman Novruz Əziz Yusif Mirzə Hümbət Qənbər Xudaverdi Şirin Mehdi Rüstəm Bayram Qədir
Nadir Paşa Bəşir Camal Nəbi Həbib Murad Pənah Sultan Talıb Əhəd Fərzəli Əmir Zöhrab Sahib Şükür`
    .split(/\s+/)
    .filter(Boolean);

/** Surnames that are not root + ending. */
export const AZ_OTHER_SURNAMES =
  `Xocalı Qarabağlı Şuşalı Ağdamlı Əfəndizadə Mirzəzadə Hacızadə Şəkili`
    .split(/\s+/)
    .filter(Boolean);

export const RU_MALE =
  `Иван Сергей Александр Николай Владимир Юрий Виктор Михаил Андрей Пётр Алексей`
    .split(/\s+/)
    .filter(Boolean);

export const RU_FEMALE =
  `Ольга Татьяна Елена Наталья Галина Людмила Ирина Светлана Мария Нина Валентина Анна
Любовь Надежда Вера Зинаида Раиса Тамара Лидия Клавдия Екатерина Антонина`
    .split(/\s+/)
    .filter(Boolean);

export const RU_SURNAMES =
  `Иванов Петров Сидоров Смирнов Кузнецов Попов Соколов Лебедев Козлов Новиков Морозов
Волков Зайцев Павлов Семёнов Голубев Виноградов Богданов Воробьёв Фёдоров Михайлов Беляев Тарасов
Белов Комаров Орлов Киселёв Макаров Андреев Ковалёв Ильин Гусев Титов Кузьмин Кудрявцев Баранов Куликов
Алексеев Степанов Яковлев Сорокин Сергеев Романов Захаров Борисов Королёв Герасимов Пономарёв Григорьев`
    .split(/\s+/)
    .filter(Boolean);

/** Places of residence, as Azerbaijani Latin names. */
export const PLACES =
  `Xocalı Xocalı Xocalı Xocalı Ağdam Şuşa Əsgəran Kərkicahan Xankəndi Naxçıvanik Fərrux
Ballıca Daşbulaq Qaraqaya`
    .split(/\s+/)
    .filter(Boolean);

/**
 * Compound names (Məmmədəli, Əliağa, Hüseynbala, Səkinəxanım) after the plain ones: the plain
 * names stay the common ones under Zipf weights, the compounds give the long tail that a large
 * population has, so that a million people are not a few thousand name combinations.
 */
export function withCompounds(names: readonly string[], suffixes: readonly string[]): string[] {
  const out = [...names];
  for (const suffix of suffixes) {
    for (const name of names) out.push(`${name}${suffix}`);
  }
  return out;
}

export const MALE_SUFFIXES = ["əli", "ağa", "bala", "xan", "qulu"];
export const FEMALE_SUFFIXES = ["xanım", "bəyim"];
export const ROOT_SUFFIXES = ["ağa", "bala", "xan", "qulu", "verdi", "bəy"];
