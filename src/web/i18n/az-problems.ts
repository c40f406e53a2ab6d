/**
 * Interface text, Azerbaijani: problems from the server by their code, and JSON types (keys as
 * in en-problems.ts). A part of the catalogue fetched when a problem is first shown.
 */
import type { Catalogue } from "./catalogue.js";

export const azProblems = {
  "term.problem.not-found": "Tapılmadı.",
  "term.problem.unauthorized": "Daxil olmamısınız və ya girişiniz artıq etibarlı deyil.",
  "term.problem.forbidden": "Bunu etməyə icazəniz yoxdur.",
  "term.problem.invalid-input": "Daxil edilən məlumat qəbul edilmədi.",
  "term.problem.conflict":
    "Bu, artıq mövcud olanla və ya bu arada edilmiş dəyişikliklə ziddiyyət təşkil edir.",
  "term.problem.unprocessable": "Sorğunu yerinə yetirmək mümkün olmadı.",
  "term.problem.too-large": "Həcm həddən artıq böyükdür.",
  "term.problem.unsupported-type": "Bu məzmun növü dəstəklənmir.",
  "term.problem.store-busy": "Məlumat anbarı məşğuldur; bir azdan yenidən cəhd edin.",
  "term.problem.rate-limited": "Sorğular həddən artıq çoxdur; bir qədər sonra yenidən cəhd edin.",
  "term.problem.csrf": "Səhifənin təhlükəsizlik açarı yoxdur və ya köhnəlib; səhifəni yeniləyin.",
  "term.problem.capture-refused": "Bu ünvanı arxivləşdirmək olmaz.",
  "term.problem.capture-failed": "Səhifəni arxivləşdirmək mümkün olmadı.",
  "term.problem.range-not-satisfiable": "İstənilən hissə faylın hüdudlarından kənardadır.",
  "term.problem.bad-request": "Sorğu düzgün tərtib edilməyib.",
  "term.problem.internal": "Gözlənilməz xəta baş verdi; o, qeydə alınıb.",
  "term.problem.invalid-input.required": "Doldurulmalıdır.",
  "term.problem.invalid-input.type": "{type} olmalıdır.",
  "term.problem.invalid-input.min-length": "Çox qısadır (ən az uzunluq: {limit}).",
  "term.problem.invalid-input.max-length": "Çox uzundur (ən çox uzunluq: {limit}).",
  "term.problem.invalid-input.pattern": "Gözlənilən formada deyil.",
  "term.problem.invalid-input.format": "Gözlənilən formada deyil ({format}).",
  "term.problem.invalid-input.enum": "Bunlardan biri olmalıdır: {allowed}.",
  "term.problem.invalid-input.minimum": "Ən azı {limit} olmalıdır.",
  "term.problem.invalid-input.maximum": "Ən çoxu {limit} olmalıdır.",
  "term.problem.invalid-input.min-items": "Elementlər çox azdır (ən azı: {limit}).",
  "term.problem.invalid-input.max-items": "Elementlər həddən artıq çoxdur (ən çoxu: {limit}).",
  "term.problem.invalid-input.additional-property": "Naməlum sahə: “{property}”.",
  "term.problem.invalid-input.one-of": "Qəbul edilən formalardan heç birinə uyğun deyil.",
  "term.problem.sign-in.wrong-password": "İstifadəçi adı və ya parol yanlışdır.",
  "term.problem.sign-in.needed": "Bunun üçün daxil olmalısınız.",
  "term.problem.sign-in.too-many-attempts":
    "Giriş cəhdləri həddən artıq çoxdur; {minutes} dəq. sonra yenidən cəhd edin.",
  "term.problem.rate-limited.computation":
    "Bu hesablama üçün sorğular həddən artıq çoxdur (dəqiqədə ən çox {max}); bir azdan yenidən cəhd edin.",
  "term.problem.conflict.reviewed-meanwhile":
    "Bu arada başqa biri bunu yoxlayıb; səhifəni yeniləyin.",
  "term.problem.conflict.edited-meanwhile":
    "Bu arada başqa biri bunu dəyişib; səhifəni yeniləyin və dəyişikliyinizi yenidən edin.",
  "term.problem.four-eyes.own-confirmation":
    "Dörd göz prinsipi: ilk təsdiqi siz vermisiniz; onu ikinci yoxlayan təsdiqləməlidir.",
  "term.problem.four-eyes.own-item":
    "Dörd göz prinsipi: bunu siz yaratmısınız; onu müəllifdən başqa yoxlayan təsdiqləməlidir.",
  "term.problem.too-large.file": "Fayl ölçü həddini aşır.",
  "term.problem.too-large.body": "Sorğu ölçü həddini aşır.",
  "term.problem.unreadable.empty": "{file}: faylda mətn yoxdur.",
  "term.problem.unreadable.corrupt": "{file}: fayl zədələnib və oxunmur.",
  "term.problem.unreadable.unreadable": "{file}: faylı oxumaq mümkün deyil.",
  "term.problem.unreadable.unsupported-type": "{file}: bu fayl növü dəstəklənmir.",
  "term.problem.unreadable.binary": "{file}: fayl mətn deyil.",
  "term.problem.unreadable.too-large": "{file}: fayl ölçü həddini aşır.",
  // Specific problems of each part of the application (issue 15, round 3).
  "term.problem.invalid-input.bad-text": "{field}: mətndə icazə verilməyən simvol var.",
  "term.problem.invalid-input.bad-field-name":
    "{field} daxilində sahə adında icazə verilməyən simvol var.",
  "term.problem.invalid-input.too-deep": "{field} {limit} səviyyədən dərin iç-içə qurulub.",
  "term.problem.invalid-input.boolean": "{field} yalnız “true” və ya “false” ola bilər.",
  "term.problem.invalid-input.unknown": "{field}: “{value}” burada məlum deyil.",
  "term.problem.invalid-input.not-an-id": "{field}: “{value}” identifikator deyil.",
  "term.problem.invalid-input.reason-needed": "Bu qərarın səbəbini yazın.",
  "term.problem.invalid-input.empty-list": "{field}: ən azı birini göstərin.",
  "term.problem.invalid-input.length-range": "{field} {min}–{max} simvoldan ibarət olmalıdır.",
  "term.problem.invalid-input.count-range": "{field}: {min}–{max} element göstərin.",
  "term.problem.invalid-input.whole-number-range":
    "{field} {min}–{max} aralığında tam ədəd olmalıdır.",
  "term.problem.invalid-input.positive-number": "{field} müsbət ədəd olmalıdır.",
  "term.problem.invalid-input.probability":
    "{field} 0-dan böyük və 1-dən çox olmayan ehtimal olmalıdır.",
  "term.problem.invalid-input.duration": "{field} sıfır və ya daha uzun müddət olmalıdır.",
  "term.problem.invalid-input.day": "{field}: “{value}” gün deyil (il-ay-gün).",
  "term.problem.invalid-input.date": "{field}: “{value}” tarix deyil (il, ay və ya gün).",
  "term.problem.invalid-input.day-order": "Son gün birinci gündən əvvəldir.",
  "term.problem.invalid-input.grade-filter":
    "{field}: “{value}” qiymət deyil (A–F, 1–6 və ya qiymətsiz).",
  "term.problem.invalid-input.url": "{field} http və ya https ünvanı olmalıdır.",
  "term.problem.not-found.route": "Bu ünvanda heç nə yoxdur.",
  "term.problem.not-found.case": "“{id}” adlı iş yoxdur.",
  "term.problem.not-found.source": "{id} mənbəyi yoxdur və ya onu görməyə icazəniz yoxdur.",
  "term.problem.not-found.source-original":
    "{id} mənbəyi yalnız istinadla məlumdur: arxivdə onun orijinal faylı yoxdur.",
  "term.problem.not-found.part-original":
    "{id} mənbəyi toplunun bir hissəsidir: onun ayrıca orijinal faylı yoxdur, yalnız mətni var.",
  "term.problem.not-found.source-text":
    "{id} mənbəyi yalnız istinadla məlumdur: onun mətni yoxdur.",
  "term.problem.not-found.passage": "{id} hissəsi yoxdur.",
  "term.problem.not-found.claim": "{id} iddiası yoxdur və ya onu görməyə icazəniz yoxdur.",
  "term.problem.not-found.citable": "{id} adlı mənbə, hissə və ya iddia yoxdur.",
  "term.problem.not-found.evidence-link":
    "{id} sübut əlaqəsi yoxdur və ya onu görməyə icazəniz yoxdur.",
  "term.problem.not-found.link": "{id} qeyd əlaqəsi yoxdur və ya onu görməyə icazəniz yoxdur.",
  "term.problem.not-found.person-list":
    "“{id}” şəxslər siyahısı yoxdur və ya onu görməyə icazəniz yoxdur.",
  "term.problem.not-found.person-record":
    "{id} şəxs qeydi yoxdur və ya onu görməyə icazəniz yoxdur.",
  "term.problem.not-found.user": "“{id}” adlı hesab yoxdur.",
  "term.problem.not-found.group": "“{id}” adlı qrup yoxdur.",
  "term.problem.not-found.token": "{id} tokeni yoxdur.",
  "term.problem.not-found.grant": "{principal} üçün {id} üzərində icazə yoxdur.",
  "term.problem.not-found.job": "{id} tapşırığı yoxdur və ya onu izləmək sizə aid deyil.",
  "term.problem.not-found.job-file": "{id} tapşırığı fayl yaratmayıb (hələ bitməyib).",
  "term.problem.not-found.job-file-removed":
    "{id} tapşırığının faylı sonradan silinib; tapşırığı yenidən işə salın.",
  "term.problem.not-found.media": "{id} mənbəyinin belə şəkli və ya yazısı yoxdur.",
  "term.problem.not-found.capture": "{id} veb arxivi yoxdur və ya onu görməyə icazəniz yoxdur.",
  "term.problem.not-found.capture-file": "{id} veb arxivində {seq} nömrəli fayl yoxdur.",
  "term.problem.not-found.chronicle-entry":
    "{id} fotoxronika qeydi yoxdur və ya onu görməyə icazəniz yoxdur.",
  "term.problem.not-found.memorial": "“{id}” işinin dərc olunmuş xatirə kitabı yoxdur.",
  "term.problem.not-found.memorial-entry": "Xatirə kitabında {id} qeydi yoxdur.",
  "term.problem.not-found.consent": "{id} razılıq qeydi yoxdur.",
  "term.problem.not-found.protected-person": "Bu reyestrdə “{name}” adlı şəxs yoxdur.",
  "term.problem.not-found.named-person": "Bu işdə “{name}” adlı şəxsin adı çəkilmir.",
  "term.problem.unauthorized.bearer-form":
    "Authorization başlığı “Bearer” sözü və ardınca tokendən ibarət olmalıdır.",
  "term.problem.unauthorized.token-invalid": "Bu token etibarlı deyil.",
  "term.problem.unauthorized.token-revoked": "Bu token ləğv edilib.",
  "term.problem.unauthorized.token-expired": "Bu tokenin müddəti bitib.",
  "term.problem.unauthorized.account-disabled": "Bu tokenin hesabı deaktiv edilib.",
  "term.problem.forbidden.role": "Bunun üçün “{role}” və ya daha yüksək rol lazımdır.",
  "term.problem.forbidden.write-grant":
    "{level} materialı dəyişmək üçün onun üzərində yazma icazəsi lazımdır.",
  "term.problem.forbidden.token-scope":
    "Token yaratmağa yalnız administrator əhatəli token icazə verir.",
  "term.problem.forbidden.token-role": "Bu əhatəli token üçün “{role}” rolu olan hesab lazımdır.",
  "term.problem.forbidden.register-keepers":
    "Bu işin qorunan şəxslər reyestrini işə icazəsi olan yoxlayanlar aparır.",
  "term.problem.forbidden.protected-original":
    "{id} mənbəyinin orijinalında qorunan şəxsin adı var; adın gizlədildiyi mətnini açın.",
  "term.problem.conflict.user-exists": "“{name}” adlı hesab artıq var.",
  "term.problem.conflict.group-exists": "“{name}” adlı qrup artıq var.",
  "term.problem.conflict.list-exists": "“{name}” adlı şəxslər siyahısı artıq var.",
  "term.problem.conflict.grade-unchanged": "Qiymət artıq belədir: “{value}”.",
  "term.problem.conflict.already-linked": "Bu iki qeyd artıq əlaqələndirilib.",
  "term.problem.conflict.link-rejected": "Bu əlaqə rədd edilib: qeydlər əlaqələndirilməyib.",
  "term.problem.conflict.consent-withdrawn": "Bu razılıq artıq geri götürülüb.",
  "term.problem.unprocessable.part-wider":
    "Hissə öz toplusundan daha açıq ola bilməz; toplunun girişi: {level}.",
  "term.problem.unprocessable.transcript-wider":
    "Transkript öz yazısından daha açıq ola bilməz; yazının girişi: {level}.",
  "term.problem.unprocessable.no-chromium":
    "Bu serverdə PDF çap etmək mümkün deyil (Chromium quraşdırılmayıb); PDF yaradılmadı.",
  "term.problem.unprocessable.work-limit":
    "İş icazə veriləndən çox vaxt və ya yaddaş tələb etdi və dayandırıldı.",
  "term.problem.too-large.file-limit": "{file} {limit} bayt həddindən böyükdür.",
  "term.problem.too-large.batch": "Bir partiyada ən çox {limit} fayl ola bilər.",
  "term.problem.range-not-satisfiable.file":
    "İstənilən hissə faylın hüdudlarından kənardadır ({size} bayt).",
  "term.problem.upload.not-multipart": "Forma fayl göndərmədi.",
  "term.problem.upload.malformed": "Yükləmə zədələnmiş çatdı; yenidən göndərin.",
  "term.problem.upload.no-file": "Göndərmək üçün fayl seçin.",
  "term.problem.upload.one-file": "Faylları bir-bir göndərin.",
  "term.problem.upload.unknown-field": "Formada naməlum “{field}” sahəsi var.",
  "term.problem.accounts.name-form":
    "{field}: 2–63 kiçik hərf, rəqəm, “.”, “_” və ya “-”; hərf və ya rəqəmlə başlamalıdır.",
  "term.problem.accounts.name-reserved": "“{name}” adı ehtiyatda saxlanılır; başqa ad seçin.",
  "term.problem.accounts.nothing-to-change": "Rol göstərin və ya hesabı deaktiv, yaxud aktiv edin.",
  "term.problem.grants.principal-form": "İcazə “user:<ad>” və ya “group:<ad>” şəklində göstərilir.",
  "term.problem.claims.empty-correction":
    "Düzəliş üçün yeni qiymətlər, iddia sahibi, əsas və ya mənbədə yeni yer lazımdır.",
  "term.problem.claims.locator-needs-correction":
    "İddianı mənbədə başqa yerə yalnız düzəliş köçürə bilər.",
  "term.problem.claims.no-text":
    "{id} mənbəyinin mətni yoxdur (yalnız istinadla məlumdur): çıxarmaq üçün heç nə yoxdur.",
  "term.problem.claims.nothing-to-point-into":
    "{id} mənbəyinin göstəriləcək mətni, şəkli və ya məlum müddəti yoxdur.",
  "term.problem.provenance.no-claim": "Mənşə kimi göstəriləcək {id} iddiası yoxdur.",
  "term.problem.provenance.no-source": "Mənşə kimi göstəriləcək {id} mənbəyi yoxdur.",
  "term.problem.provenance.self": "İddia özündən törəyə bilməz.",
  "term.problem.provenance.cycle":
    "{id} iddiası artıq bu iddiadan törəyir: bu əlaqə dairəni qapayardı.",
  "term.problem.provenance.nothing":
    "Əsası, iddianın ötürdüyü mənbəyə əlaqəni və ya hər ikisini göstərin.",
  "term.problem.evidence.one-target": "Dəqiq bir iddia, hissə və ya mənbə əlaqələndirin.",
  "term.problem.evidence.unconfirmed-claim":
    "Yalnız təsdiqlənmiş iddia sübut ola bilər; əvvəlcə iddianı yoxlayın.",
  "term.problem.evidence.other-case": "Bu sübut “{case}” işinin heç bir mənbəyinə aid deyil.",
  "term.problem.evidence.empty-correction":
    "Düzəliş üçün element, istiqamət, çəki və ya əsaslandırma lazımdır.",
  "term.problem.registry.map-form":
    "Sütunların uyğunlaşdırılması hər sahəni bir sütunla cütləşdirməlidir.",
  "term.problem.registry.map-field":
    "Uyğunlaşdırmada “{value}” göstərilib, bu isə sahə deyil; sahələr: {allowed}.",
  "term.problem.registry.ignore-form":
    "Nəzərə alınmayacaq sütunlar vergüllə ayrılmış sütun başlıqları siyahısıdır.",
  "term.problem.registry.no-lists": "Əlaqələndiriləcək şəxslər siyahısı yoxdur.",
  "term.problem.registry.too-few-lists":
    "Qiymətləndirmə üçün ən azı iki şəxslər siyahısı lazımdır.",
  "term.problem.registry.no-records": "Seçilmiş siyahılarda qeyd yoxdur.",
  "term.problem.registry.too-few-records": "Əlaqələndirmə üçün ən azı iki qeyd lazımdır.",
  "term.problem.registry.self-link": "Qeydi özü ilə əlaqələndirmək olmaz.",
  "term.problem.search.no-words": "Axtarışda axtarılacaq söz yoxdur.",
  "term.problem.search.rank-cap":
    "Yalnız ilk {limit} nəticə sıralanır; daha irəli baxmaq üçün axtarışı daraldın.",
  "term.problem.sources.case-fixed":
    "Bu mənbə “{case}” işinin öz məlumatlarına aiddir və başqa işə köçürülə bilməz.",
  "term.problem.export.table-only-csv": "Ayrıca cədvəl yalnız CSV üçün seçilə bilər.",
  "term.problem.jobs.nothing-to-do": "Tapşırığın görəcəyi iş yoxdur.",
  "term.problem.chronicle.person-name": "Şəxs №{n}: ad 1–{max} simvoldan ibarət olmalıdır.",
  "term.problem.chronicle.person-record": "Şəxs №{n}: “{value}” qeyd identifikatoru deyil.",
  "term.problem.chronicle.person-twice": "Şəxs №{n}: “{name}” iki dəfə göstərilib.",
  "term.problem.chronicle.wider-than-image":
    "Şəkli {source} olduğu halda qeyd {level} ola bilməz: o, şəkildən daha açıq olardı.",
  "term.problem.chronicle.not-an-image":
    "{id} mənbəyi şəkil deyil; fotoxronika şəkilləri göstərir.",
  "term.problem.chronicle.already-in": "{id} mənbəyi artıq fotoxronikadadır.",
  "term.problem.protection.no-name": "“{name}” içində ad yoxdur.",
  "term.problem.transcripts.not-utf8": "Transkript UTF-8 mətni olmalıdır.",
  "term.problem.transcripts.cue-past-end":
    "Fraqment №{n} yazının sonundan ({duration} san.) sonra, {end} san. anında bitir.",
  "term.problem.transcripts.not-a-recording":
    "{id} mənbəyi müddəti məlum olan video və ya audio yazı deyil.",
  "term.problem.transcripts.language": "“{value}” az, ru və ya en kimi dil kodu deyil.",
  "term.problem.capture.invalid-url": "“{url}” veb ünvan deyil.",
  "term.problem.capture.scheme": "“{url}”: yalnız http və https ünvanlarını arxivləşdirmək olar.",
  "term.problem.capture.private-address":
    "“{url}” şəxsi və ya lokal şəbəkəyə aparır, onu arxivləşdirmək olmaz.",
  "term.problem.capture.too-large":
    "“{url}”: səhifə və ya onun fayllarından biri ölçü həddini aşır.",
  "term.problem.capture.timeout": "“{url}” vaxtında cavab vermədi.",
  "term.problem.capture.network": "“{url}” ünvanına çatmaq mümkün olmadı.",
  "term.problem.capture.redirects": "“{url}” həddən artıq çox yönləndirmə edir.",
  "term.problem.capture.http-status": "“{url}” xəta ilə cavab verdi.",
  "term.jsonType.string": "mətn",
  "term.jsonType.number": "ədəd",
  "term.jsonType.integer": "tam ədəd",
  "term.jsonType.boolean": "doğru və ya yanlış",
  "term.jsonType.object": "obyekt",
  "term.jsonType.array": "siyahı",
  "term.jsonType.null": "boş",
} satisfies Catalogue;
