//! Small closed word classes the recognizers consult, written as folded keys: words that
//! end a name, verbs that show a country or capital acting, and the words of regions.

use std::sync::OnceLock;

use marsad_text::hash::KeySet;

/// Titles (folded) that are also given or family names (`عادل إمام`، `مصطفى أمين`، `احمد قائد
/// عقلان`، `علاء ولي الدين`): they do not end a name the way `وزير` or `رئيس` does.
pub const NAME_LIKE_TITLES: &[&str] =
    &["امير", "امين", "ايه", "حجه", "سعاده", "سماحه", "شيخ", "صاحب", "قايد", "ولي", "سيده", "حاكم"];

/// Function words and common verbs: a person's name never runs over one.
pub const NAME_STOPS: &[&str] = &[
    "في",
    "من",
    "علي",
    "الي",
    "عن",
    "ان",
    "او",
    "ثم",
    "بل",
    "لكن",
    "حتي",
    "مع",
    "منذ",
    "بعد",
    "قبل",
    "خلال",
    "ضد",
    "عند",
    "لدي",
    "بين",
    "تحت",
    "فوق",
    "حول",
    "دون",
    "مدي",
    "الذي",
    "التي",
    "الذين",
    "هذا",
    "هذه",
    "ذلك",
    "تلك",
    "هو",
    "هي",
    "هم",
    "انه",
    "انها",
    "قد",
    "لقد",
    "كان",
    "كانت",
    "قال",
    "قالت",
    "اكد",
    "اكدت",
    "اعلن",
    "اعلنت",
    "اضاف",
    "اضافت",
    "اوضح",
    "اوضحت",
    "اشار",
    "اشارت",
    "ذكر",
    "ذكرت",
    "افاد",
    "افادت",
    "لم",
    "لن",
    "لا",
    "ما",
    "كما",
    "وقال",
    "وقالت",
    "يوم",
    "اليوم",
    "امس",
    "عام",
    "العام",
    "الذي",
    "وهو",
    "وهي",
    "ايضا",
    "نفسه",
    "بان",
    "بانه",
    // Adverbs and time words that follow a name in a sentence (`شيرين حينما تذكرت`،
    // `خالد يوسف بشكل مثير`، `جاستن تمبرلايك سنة`).
    "بعدما",
    "حينما",
    "عندما",
    "بينما",
    "فيما",
    "كلما",
    "بشكل",
    "بخصوص",
    "بشان",
    "سنه",
    "قايلا",
    "قايله",
    "قوله",
    "حتفه",
    // Verbs of dying and of being hurt that follow a victim's name (`الشاب أحمد نبيل عقل
    // توفي بعد إصابته`).
    "توفي",
    "توفيت",
    "لقي",
    "لقيت",
    "استشهد",
    "استشهدت",
    "اصيب",
    "اصيبت",
    // What a player scores, the sentence's object after his name (`سامي الجابر هدفين`،
    // `ماريو ماندزوكيتش هدفه الحاسم`), and the start of a season (`مطلع الموسم`).
    "هدف",
    "هدفا",
    "هدفين",
    "هدفه",
    "اهداف",
    "مطلع",
    "الهدف",
    "الاهداف",
    // Words that follow a name but are no part of it: its age, a former office's adjective,
    // and adverbs (`سيرغي سكريبال البالغ`، `سكريبال السابق`، `هاري كين تعافى تماما`); not
    // الآن (now), which folds as آلان (Alan) does.
    "البالغ",
    "البالغه",
    "السابق",
    "السابقه",
    "تماما",
    "الكثير",
    // The outlet a speaker talks to (`قال محمد أورانغزيب لوكالة`).
    "لوكاله",
    "لصحيفه",
    "لقناه",
    "لموقع",
    "لتلفزيون",
    "لاذاعه",
    "باسم",
    "عبر",
    "لها",
    "له",
    "لهم",
    "فيه",
    "فيها",
    "منه",
    "منها",
    "عليه",
    "عليها",
    "الا",
    "اذا",
    "حيث",
    "اي",
    // Quantifiers and prepositions of place and cause (`صدام حسين كل مانديلا`); not امام,
    // which is إمام (a name, and a title) as well as أمام (before).
    "كل",
    "بعض",
    "جميع",
    "كافه",
    "غير",
    "نحو",
    "حوالي",
    "ضمن",
    "خلف",
    "وراء",
    "وسط",
    "داخل",
    "خارج",
    "بسبب",
    "جراء",
    "اثر",
    "عقب",
    // "He has", "for you", "for us": a pronoun on a preposition (`غسان لديه مصطلح`).
    "لديه",
    "لديها",
    "لديهم",
    "لكم",
    "لنا",
    // "Despite" (`حسين فهمي رغم عودته`), "when" (`كاظم الساهر حين صور`).
    "رغم",
    "برغم",
    "حين",
    "حينها",
    // Kin (`سيرغي سكريبال وابنته يوليا`، `إيفانكا ابنة الرئيس`، `محمد شاكر نجل المطرب`).
    "وابنه",
    "وابنته",
    "وزوجته",
    "وشقيقه",
    "وشقيقته",
    "ووالده",
    "ووالدته",
    "ونجله",
    "ابنه",
    "نجل",
    // Nouns that follow a name as its object or predicate (`ياسر جلال دور`، `خالد سليم صوره`).
    "دور",
    "صوره",
    "فيديو",
    "اسم",
    "لقب",
    "الامر",
    "الجديد",
    "المعروف",
    // Days of the week, which a name never ends in and a sentence often puts right after
    // one (`توجهت منال صباح الجمعة`، `قال عباس السبت`).
    "السبت",
    "الاحد",
    "الاثنين",
    "الثلاثاء",
    "الاربعاء",
    "الخميس",
    "الجمعه",
    // Adverbs of time and manner (`شاكر مؤخرا`، `حسن مصطفى بدلا منه`، `أحمد داود مجددا`).
    "موخرا",
    "حاليا",
    "سابقا",
    "لاحقا",
    "مجددا",
    "اخيرا",
    "جدا",
    "فقط",
    "كذلك",
    "دايما",
    "مره",
    "بدلا",
    // Prepositional phrases of company and degree (`عباس بصحبة الفريق الطبي`، `حسني مبارك
    // بتلك السرعة`، `اليزابيث الثانية بأكثر من`).
    "بصحبه",
    "برفقه",
    "بتلك",
    "بهذه",
    "بهذا",
    "بذلك",
    "باكثر",
    "باول",
    "لمن",
    "فقال",
    "فقالت",
];

/// Nouns that head the name of a body or an office (`مكتب`، `مجلس`، `وحدة`، `شرطة`، `منظمة`): after
/// a title they say what the title heads (`رئيس مجلس الإدارة`، `المتحدث باسم شرطة فيسبادن`),
/// and a person's name never starts with one.
pub const INSTITUTION_HEADS: &[&str] = &[
    "مكتب",
    "مجلس",
    "معهد",
    "وحده",
    "شرطه",
    "بعثه",
    "هييه",
    "لجنه",
    "منظمه",
    "وزاره",
    "قسم",
    "اداره",
    "مركز",
    "جامعه",
    "شركه",
    "جمعيه",
    "موسسه",
    "اتحاد",
    "نقابه",
    "حزب",
    "حركه",
    "جبهه",
    "قوات",
    "جيش",
    "دايره",
    "مديريه",
    "محكمه",
    "صندوق",
    "بنك",
    "مصرف",
    "برنامج",
    "مجموعه",
    "فريق",
    "نادي",
    "رابطه",
    "منتدي",
    "مرصد",
    "وكاله",
    "صحيفه",
    "قناه",
    "اعمال",
    "تحرير",
    "اركان",
    "حكومه",
    "جهاز",
    "مصلحه",
    "سلطه",
    "بلديه",
    "مستشفي",
    "كليه",
    "قياده",
    "غرفه",
    "فرع",
    "شعبه",
    "دوله",
    "شوون",
    "عمليات",
    "لواء",
];

/// Nouns that name a building, a street or a square after a person (`مسجد عمر`، `شارع جمال
/// عبد الناصر`، `مستشفى محمد الخامس`، `مدرسة خالد بن الوليد`): a given name right after one
/// names the place, not a person in the story.
pub const FACILITY_HEADS: &[&str] = &[
    "مسجد",
    "جامع",
    "شارع",
    "مستشفي",
    "مدرسه",
    "ساحه",
    "ميدان",
    "جسر",
    "مطار",
    "ميناء",
    "قاعه",
    "ملعب",
    "مخيم",
    "ضريح",
    "مقام",
    "كنيسه",
    "قصر",
    "حي",
    "مدينه",
    "ثانويه",
    "مجمع",
];

/// Titles and roles with the article that stand after a name in apposition (`كريس كمينغز
/// المدير التنفيذي`، `بيتر كار المتحدث باسم`): the name ends before them. Titles that are
/// family names too (الشيخ، الوزير، القاضي، المفتي، الأمير، الحاكم) are left out.
pub const ARTICLE_TITLES: &[&str] = &[
    "الرييس",
    "الرييسه",
    "المتحدث",
    "المتحدثه",
    "الناطق",
    "الناطقه",
    "المدير",
    "المديره",
    "الخبير",
    "الخبيره",
    "المستشار",
    "المحلل",
    "الكاتب",
    "الكاتبه",
    "الصحفي",
    "الصحافي",
    "الصحفيه",
    "الصحافيه",
    "الباحث",
    "الباحثه",
    "الاستاذ",
    "النايب",
    "السفير",
    "المبعوث",
    "المنسق",
    "المسوول",
    "الفنان",
    "الفنانه",
    "الممثل",
    "الممثله",
    "المخرج",
    "المنتج",
    "المطرب",
    "المطربه",
    "الناشط",
    "الناشطه",
    "المحامي",
    "الطبيب",
    "الدكتور",
    "اللاعب",
    "المدرب",
    "العضو",
    "المرشح",
];

/// Particles of European family names (folded): `دي` (de, di), `دا`، `دو`، `ديل` (del), `فان`
/// (van). The family name after one stands whatever letter it opens with (`لويجي دي
/// بياجيو`). Not `فون` (von), as often the family name Vaughn (`فينس فون بتهمة`).
pub const EUROPEAN_NAME_PARTICLES: &[&str] = &["دي", "دا", "دو", "ديل", "دل", "فان"];

/// Words that join the parts of a name (محمد بن سلمان، عبد الله).
pub const NAME_JOINERS: &[&str] = &["بن", "ابن", "بنت", "ابو", "ام", "عبد", "ال"];

/// Direction words before a place that make a region of it (ريف X، شرق X، جنوبي X).
pub const REGION_HEADS: &[&str] = &[
    "ريف",
    "شرق",
    "شرقي",
    "غرب",
    "غربي",
    "شمال",
    "شمالي",
    "جنوب",
    "جنوبي",
    "شمال شرق",
    "شمال شرقي",
    "شمال غرب",
    "شمال غربي",
    "جنوب شرق",
    "جنوب شرقي",
    "جنوب غرب",
    "جنوب غربي",
    "باديه",
    "محيط",
    "اطراف",
    "وسط",
];

/// Direction adjectives after a countryside (ريف دير الزور الشرقي).
pub const REGION_SIDES: &[&str] = &[
    "الشمالي الشرقي",
    "الشمالي الغربي",
    "الجنوبي الشرقي",
    "الجنوبي الغربي",
    "الشرقي",
    "الغربي",
    "الشمالي",
    "الجنوبي",
];

/// The compass bearing (north = 0) a direction word points to, if it names one.
pub fn bearing(words: &str) -> Option<f64> {
    let table: &[(&str, f64)] = &[
        ("شمال شرق", 45.0),
        ("شمالي شرق", 45.0),
        ("الشمالي الشرقي", 45.0),
        ("شمال غرب", 315.0),
        ("شمالي غرب", 315.0),
        ("الشمالي الغربي", 315.0),
        ("جنوب شرق", 135.0),
        ("جنوبي شرق", 135.0),
        ("الجنوبي الشرقي", 135.0),
        ("جنوب غرب", 225.0),
        ("جنوبي غرب", 225.0),
        ("الجنوبي الغربي", 225.0),
        ("شرق", 90.0),
        ("الشرقي", 90.0),
        ("غرب", 270.0),
        ("الغربي", 270.0),
        ("شمال", 0.0),
        ("الشمالي", 0.0),
        ("جنوب", 180.0),
        ("الجنوبي", 180.0),
    ];
    table.iter().find(|(word, _)| words.starts_with(word) || words.ends_with(word)).map(|(_, b)| *b)
}

/// Verbs of saying, deciding and doing in the feminine perfect: before a country or capital
/// they make it the one acting (أعلنت واشنطن، اتهمت موسكو، أصدرت واشنطن قرارا). Not verbs of
/// force, whose object a place often is (`التي ضربت العراق`، `التي احتلت أفغانستان`).
pub fn is_feminine_verb(word: &str) -> bool {
    const VERBS: &[&str] = &[
        "اعلنت",
        "قالت",
        "اكدت",
        "اتهمت",
        "نفت",
        "طالبت",
        "دعت",
        "حذرت",
        "رفضت",
        "ردت",
        "هددت",
        "شنت",
        "ارسلت",
        "قررت",
        "وافقت",
        "اعتبرت",
        "نددت",
        "ادانت",
        "رحبت",
        "سارعت",
        "بدات",
        "واصلت",
        "فرضت",
        "سحبت",
        "نشرت",
        "ابلغت",
        "طلبت",
        "عرضت",
        "تعهدت",
        "استدعت",
        "اغلقت",
        "علقت",
        "منعت",
        "دعمت",
        "ساعدت",
        "اصدرت",
        "اتخذت",
        "اجرت",
        "عقدت",
        "بحثت",
        "استضافت",
        "نفذت",
        "اطلقت",
        "شاركت",
        "اعادت",
        "رفعت",
        "اوقفت",
        "جمدت",
        "منحت",
        "قدمت",
        "اعترفت",
        "انتقدت",
        "وصفت",
        "اعربت",
        // Holding a view and stressing it (`ورأت موسكو أن`، `شددت أنقرة على`).
        "رات",
        "شددت",
        "لفتت",
        "نبهت",
        "اصرت",
        "ادعت",
        "زعمت",
        "كشفت",
        "ذكرت",
        "افادت",
        "اوضحت",
        "اشارت",
        "توعدت",
        "ابدت",
        "اقترحت",
        "عارضت",
        "ايدت",
        "استنكرت",
        "شجبت",
        "حملت",
        "سلمت",
        "استقبلت",
        "الغت",
        // Concluding and signing (`توصلت مصر إلى اتفاق`، `وقعت الأردن اتفاقية`).
        "توصلت",
        "ابرمت",
        "وقعت",
        "اتفقت",
        "صادقت",
        "سمحت",
        "قطعت",
        "استانفت",
        "امتنعت",
        "احتجت",
        // Acts a state does (`طردت روسيا دبلوماسيين`، `انسحبت الولايات المتحدة`); not verbs of
        // striking, whose country after them is more often what was hit (`التي استهدفت إسرائيل`،
        // `عواصف ضربت الهند`).
        "طردت",
        "اعتقلت",
        "استعادت",
        "انسحبت",
        "حشدت",
        "عززت",
        // Trying, managing and failing: only someone acting does (`فشلت إسرائيل في`).
        "فشلت",
        "نجحت",
        "تمكنت",
        "حاولت",
        "سعت",
        "استطاعت",
        "اضطرت",
        "لجات",
        "تراجعت",
    ];
    static SET: OnceLock<KeySet<&'static str>> = OnceLock::new();
    let verbs = word_set(VERBS, &SET);
    // A verb may start with ف itself (`فرضت`، `فشلت`): the word is asked as written first.
    let bare = word.strip_prefix(['و', 'ف']);
    verbs.contains(word) || bare.is_some_and(|bare| verbs.contains(bare))
}

/// A list of words as a set, built once. The recognizers ask some lists about every word
/// after a title, a given name or a verb: a scan compared each word with each of a hundred
/// and more.
pub(crate) fn word_set(
    list: &'static [&'static str],
    set: &'static OnceLock<KeySet<&'static str>>,
) -> &'static KeySet<&'static str> {
    set.get_or_init(|| list.iter().copied().collect())
}

/// Words starting with ت or ي that are not verbs, so do not show a country acting.
pub const NOT_VERBS: &[&str] =
    &["تحت", "تلك", "تجاه", "يوم", "تم", "ياتي", "تقريبا", "تمام", "ترامب", "تركيا", "يمن"];

/// Whether a folded word opens with a preposition or conjunction glued to the article
/// (`بالحادث`، `للقوة`، `والجيش`): never part of a name, and a phrase's placing word.
pub fn has_glued_article(word: &str) -> bool {
    ["بال", "لل", "وال", "كال", "فال"].iter().any(|start| word.starts_with(start))
}

#[cfg(test)]
mod tests {
    use super::*;
    use marsad_text::fold::fold_key;

    /// The lists are compared with folded text: a word written otherwise (`قائلا` with its
    /// hamza) would never match.
    #[test]
    fn every_word_is_written_as_its_folded_key() {
        let lists: &[(&str, &[&str])] = &[
            ("NAME_LIKE_TITLES", NAME_LIKE_TITLES),
            ("NAME_STOPS", NAME_STOPS),
            ("INSTITUTION_HEADS", INSTITUTION_HEADS),
            ("FACILITY_HEADS", FACILITY_HEADS),
            ("ARTICLE_TITLES", ARTICLE_TITLES),
            ("NAME_JOINERS", NAME_JOINERS),
            ("REGION_HEADS", REGION_HEADS),
            ("REGION_SIDES", REGION_SIDES),
            ("NOT_VERBS", NOT_VERBS),
        ];
        for (name, list) in lists {
            for word in *list {
                assert_eq!(fold_key(word), *word, "{name}: {word} is not folded");
            }
        }
    }
}
