//! Small closed word classes the event and claim extractors consult, as folded keys
//! (ة→ه، ى→ي، أإآ→ا): prepositions, the words that open a clause or a reported statement,
//! the words that name an agent after a passive, and time words that may stand between a
//! verb and its subject.
//!
//! The extractors ask these lists about most words of an article (every word for clause
//! breaks and sport, every word looked back over for prepositions and complementizers), and
//! nearly every word is in none: each list has a one-hash filter of its own (`listed!`), so
//! such a word costs a few instructions, not a comparison with every entry.

use marsad_text::hash::{KeyFilter, KeySet};

/// Whether `key` is in `list` (a `&[&str]`): the list's filter first (built once from the list
/// itself, so it never falls out of step with it; one cache line), then the list.
macro_rules! listed {
    ($list:expr, $key:expr) => {{
        static FILTER: std::sync::OnceLock<KeyFilter> = std::sync::OnceLock::new();
        let key: &str = $key;
        FILTER.get_or_init(|| KeyFilter::with_bits($list.iter(), FILTER_BITS)).may_contain(key.as_bytes())
            && $list.contains(&key)
    }};
}

/// 2^9 bits (64 bytes) for lists of a few dozen words: about one other word in twenty gets past.
const FILTER_BITS: u32 = 9;

/// Punctuation that ends a clause.
pub const CLAUSE_PUNCTUATION: &[char] =
    &['،', ',', '؛', ';', ':', '(', ')', '«', '»', '"', '“', '”', '-', '–', '—'];

/// Prepositions written as words: a name after one is not a verb's subject.
const PREPOSITIONS: &[&str] = &[
    "في",
    "من",
    "علي",
    "الي",
    "عن",
    "مع",
    "ضد",
    "بين",
    "نحو",
    "قرب",
    "داخل",
    "خارج",
    "حول",
    "عند",
    "لدي",
    "تجاه",
    "بحق",
    "امام",
    "خلف",
    "باتجاه",
    "عبر",
    "منذ",
    "حتي",
    "بعد",
    "قبل",
    "خلال",
    "دون",
    "بدون",
];

/// Words that open a new clause: the subject of a verb after them is not looked for before.
const CLAUSE_BREAKS: &[&str] =
    &["فيما", "بينما", "حيث", "بعدما", "عندما", "حين", "لكن", "ولكن", "لكنه", "لكنها", "اذ", "كما"];

/// Complementizers: what follows is a reported statement with a subject of its own (the ones
/// carrying a pronoun are listed next).
const COMPLEMENTIZERS: &[&str] = &["ان", "بان", "وان", "فان"];

/// Complementizers carrying a pronoun that stands for the speaker (`أعلنت قسد أنها سيطرت`).
const PRONOUN_COMPLEMENTIZERS: &[&str] = &["انه", "انها", "انهم", "انهما", "بانه", "بانها", "بانهم"];

/// Words naming the agent of a passive or of an act: `على يد`، `من قبل`، `من جانب`، `بنيران`.
const AGENT_MARKERS: &[&str] =
    &["يد", "ايدي", "قبل", "جانب", "بنيران", "نيران", "بواسطه", "برصاص", "رصاص", "بقذايف"];

/// Time words that may stand between a verb and its subject (`قصفت أمس الطائرات`).
const TIME_WORDS: &[&str] = &[
    "امس",
    "اليوم",
    "الاسبوع",
    "الشهر",
    "العام",
    "السنه",
    "الايام",
    "الاسابيع",
    "الاشهر",
    "الليله",
    "صباح",
    "مساء",
    "فجر",
    "ظهر",
    "ليل",
    "الاثنين",
    "الثلاثاء",
    "الاربعاء",
    "الخميس",
    "الجمعه",
    "السبت",
    "الاحد",
    "مجددا",
    "ايضا",
    "بدورها",
    "بدوره",
    "كذلك",
];

/// Words that count people or things between a verb and what it counts (`مقتل 5 من عناصر`).
const PARTITIVES: &[&str] = &[
    "من",
    "عناصر",
    "عنصرا",
    "مقاتلي",
    "مقاتلو",
    "مسلحي",
    "مسلحو",
    "ارهابيي",
    "ارهابيو",
    "جنود",
    "افراد",
    "قوات",
    "مواقع",
    "معاقل",
    "طيران",
    "طايرات",
    "مقاتلات",
];

/// Nouns that head an organization's quoted name (`جماعة "بوكو حرام"`، `تنظيم "داعش"`):
/// the name that follows in quotes is the organization itself.
const ORGANIZATION_HEADS: &[&str] = &[
    "تنظيم",
    "جماعه",
    "منظمه",
    "حركه",
    "حزب",
    "جبهه",
    "ميليشيا",
    "ميليشيات",
    "مليشيا",
    "مليشيات",
    "فصيل",
    "هييه",
    "كتايب",
];

pub fn is_organization_head(key: &str) -> bool {
    listed!(ORGANIZATION_HEADS, key)
}

/// Words saying with whose backing, under whose lead or protection an act was done (`بدعم من
/// التحالف`، `بقيادة واشنطن`، `برعاية روسية`): the name after one is on the actor's side.
const BACKING_WORDS: &[&str] = &[
    "بدعم",
    "بمساعده",
    "بمشاركه",
    "باسناد",
    "بغطاء",
    "بتغطيه",
    "بقياده",
    "برعايه",
    "بوساطه",
    "بحمايه",
    "بتنسيق",
];

/// True for a backing word, with or without و before it.
pub fn is_backing_word(key: &str) -> bool {
    let bare = key.strip_prefix('و').filter(|rest| rest.starts_with('ب')).unwrap_or(key);
    listed!(BACKING_WORDS, bare)
}

/// Determiners that make a noun generic: `أي هجوم` is any attack, not one that happened.
const GENERIC_DETERMINERS: &[&str] = &["اي", "ايه", "كل", "لاي", "باي"];

pub fn is_generic_determiner(key: &str) -> bool {
    listed!(GENERIC_DETERMINERS, key)
}

/// Verbs saying that an act named by a noun took place or did harm (`وقع الهجوم`، `أسفر
/// الانفجار عن`، `أودى بحياة`), in the forms news uses most.
const OCCURRENCE_VERBS: &[&str] = &[
    "وقع",
    "وقعت",
    "يقع",
    "تقع",
    "اسفر",
    "اسفرت",
    "يسفر",
    "تسفر",
    "ادي",
    "ادت",
    "يودي",
    "تودي",
    "اوقع",
    "اوقعت",
    "خلف",
    "خلفت",
    "اودي",
    "اودت",
    "طال",
    "طالت",
    "هز",
    "هزت",
    "استهدف",
    "استهدفت",
    "راح",
    "حصد",
    "حصدت",
    // A bomb that went off (`سيارة مفخخة انفجرت`، `عبوة ناسفة تنفجر`) was set off.
    "انفجر",
    "انفجرت",
    "ينفجر",
    "تنفجر",
];

pub fn is_occurrence_verb(key: &str) -> bool {
    listed!(OCCURRENCE_VERBS, key)
}

/// Verbs (folded, without a glued و or ف) whose subject is the act they carry: it broke out,
/// flared again, raged or went on (`اندلعت الاشتباكات`، `دارت معارك`، `تجددت المواجهات`).
const OUTBREAK_VERBS: &[&str] = &[
    "اندلع",
    "اندلعت",
    "يندلع",
    "تندلع",
    "تجدد",
    "تجددت",
    "دار",
    "دارت",
    "تدور",
    "احتدم",
    "احتدمت",
    "اشتد",
    "اشتدت",
    "وقع",
    "وقعت",
];

/// (A verb that opens with و itself, `وقع`, is asked as written too.)
pub fn is_outbreak_verb(key: &str) -> bool {
    let bare = key.strip_prefix(['و', 'ف']).unwrap_or(key);
    listed!(OUTBREAK_VERBS, bare) || (bare != key && listed!(OUTBREAK_VERBS, key))
}

/// Perfects and imperfects spelled only as passives (folded, without proclitics): their
/// subject, before or after them, is the one harmed or seized (`أصيب الجندي`، `الطفل الذي
/// أصيب`، `اغتيل القيادي`). Passives spelled as the active (`قتل`، `اعتقل`) are not here.
const PASSIVE_STEMS: &[&str] = &[
    "اصيب",
    "اصيبت",
    "اصيبوا",
    "يصاب",
    "تصاب",
    "اغتيل",
    "اغتيلت",
    "حوصر",
    "حوصرت",
    "هوجم",
    "هوجمت",
    "دوهم",
    "دوهمت",
    "صودر",
    "صودرت",
    "اقتيد",
    "اقتيدت",
    "استشهد",
    "استشهدت",
    "استشهدوا",
];

pub fn is_passive_stem(stem: &str) -> bool {
    listed!(PASSIVE_STEMS, stem)
}

/// Verbs that make a verbal noun after them passive (`تم طرد التنظيم`، `جرى اعتقال القيادي`،
/// `يتم استهداف المواقع`): the name after the noun is what was done to, and the doer, if
/// any, is named with من قبل، على يد or عبر.
const PASSIVE_AUXILIARIES: &[&str] = &[
    "تم",
    "وتم",
    "فتم",
    "تمت",
    "وتمت",
    "يتم",
    "ويتم",
    "سيتم",
    "وسيتم",
    "تتم",
    "وتتم",
    "ستتم",
    "جري",
    "وجري",
    "يجري",
    "ويجري",
];

pub fn is_passive_auxiliary(key: &str) -> bool {
    listed!(PASSIVE_AUXILIARIES, key)
}

/// A passive auxiliary in the perfect (`تم`، `وتمت`، `جرى`): the act named after it was done
/// (`وتم إطلاق النار على المتظاهرين`), unlike `يتم` (is done, as a rule) or `سيتم` (will be).
pub fn is_perfect_passive_auxiliary(key: &str) -> bool {
    let bare = key.strip_prefix(['و', 'ف']).unwrap_or(key);
    matches!(bare, "تم" | "تمت" | "جري")
}

/// Verbs saying that an act caused harm (`أسفرت الغارات عن مقتل`، `مما أدى إلى إصابة`): the
/// harm named after them is the act's doing.
const RESULT_VERBS: &[&str] =
    &["اسفر", "اسفرت", "يسفر", "تسفر", "ادي", "ادت", "يودي", "تودي", "اوقع", "اوقعت", "خلف", "خلفت"];

pub fn is_result_verb(key: &str) -> bool {
    let bare = key.strip_prefix("مما").or_else(|| key.strip_prefix('و')).unwrap_or(key);
    listed!(RESULT_VERBS, bare)
}

/// Nouns of wounds, which after an injury verb say how, not what (`أصيب سبعة بجروح`).
const WOUND_NOUNS: &[&str] = &["بجروح", "بجراح", "باصابات", "باصابه", "بجروحا"];

pub fn is_wound_noun(key: &str) -> bool {
    WOUND_NOUNS.contains(&key.strip_prefix('و').unwrap_or(key))
}

/// Words that point back at something named before (`الأخيرة`، `الأول`، `إليه`): never a
/// speaker's name by themselves (`إليه` folds to a word that looks definite).
const ANAPHORS: &[&str] = &[
    "الاخير",
    "الاخيره",
    "الاول",
    "الاولي",
    "الثاني",
    "الثانيه",
    "الاخرين",
    "الاخري",
    "الاخر",
    "اليه",
    "اليها",
    "اليهم",
    "اليهما",
    "الينا",
    "اليك",
    "اليكم",
];

pub fn is_anaphor(key: &str) -> bool {
    listed!(ANAPHORS, key)
}

/// Indefinite adjectives that qualify an act of force (folded, each gender and the
/// accusative): the doer named after ل follows them (`فرار جماعي لعناصر الميليشيات`، `هجوم
/// عنيف لداعش`). General ones are left out: after `ضربة كبيرة` or `ضربة جديدة`, ل names
/// whom the blow hurt (`ضربة كبيرة للحوثيين`).
const ACT_ADJECTIVES: &[&str] = &[
    "جماعي",
    "جماعيا",
    "جماعيه",
    "عنيف",
    "عنيفا",
    "عنيفه",
    "مكثف",
    "مكثفا",
    "مكثفه",
    "واسع",
    "واسعا",
    "واسعه",
    "مباغت",
    "مباغتا",
    "مباغته",
    "شرس",
    "شرسا",
    "شرسه",
    "كثيف",
    "كثيفا",
    "كثيفه",
    "متبادل",
    "متبادلا",
    "عشوايي",
    "عشواييا",
    "عشواييه",
    // Of ground taken (`تقدم نوعي لألوية العمالقة`، `تقدما ميدانيا للجيش`).
    "نوعي",
    "نوعيا",
    "نوعيه",
    "ميداني",
    "ميدانيا",
    "ميدانيه",
];

pub fn is_act_adjective(key: &str) -> bool {
    listed!(ACT_ADJECTIVES, key)
}

/// Relative pronouns: a verb right after one has the noun before it for its subject.
const RELATIVE_PRONOUNS: &[&str] = &["الذي", "التي", "الذين", "اللذين", "اللتين", "اللواتي", "اللاتي"];

pub fn is_relative_pronoun(key: &str) -> bool {
    listed!(RELATIVE_PRONOUNS, key)
}

/// Words before an event noun that make it a lasting state or a place, not an act: `تحت
/// سيطرة` (under the control of), `مناطق انتشار` (areas where … are deployed).
/// `قائد عمليات الديوانية`، `غرفة عمليات`: a command named after its operations.
/// `منسق العمليات الأمنية`: an office named after the operations it runs.
const STATE_HEADS: &[&str] =
    &["تحت", "مناطق", "اماكن", "منطقه", "نقاط", "قايد", "قياده", "غرفه", "مركز", "مسرح", "منسق"];

/// True for a state head, also after a glued conjunction or preposition (`وقائد عمليات
/// الديوانية`، `لمنطقة سيطرة الجماعة`، `وبمناطق سيطرة`).
pub fn names_a_state(key: &str) -> bool {
    listed!(STATE_HEADS, key)
        || without_glued_letter(key).is_some_and(|bare| {
            listed!(STATE_HEADS, bare) || without_glued_letter(bare).is_some_and(|b| listed!(STATE_HEADS, b))
        })
}

/// Function words spelled with ال at their start (folded): `إلى`، `إلا`, the relative pronouns.
const WORDS_OPENING_LIKE_THE_ARTICLE: &[&str] =
    &["الي", "الا", "الذي", "التي", "الذين", "اللذان", "اللتان", "اللذين", "اللتين", "اللاتي", "اللواتي"];

/// Whether a word (folded) carries the article: it opens with ال and is no function word
/// spelled so (`إلى` folds to `الي`).
pub fn is_definite_word(key: &str) -> bool {
    key.starts_with("ال") && !WORDS_OPENING_LIKE_THE_ARTICLE.contains(&key)
}

/// A definite word without its article, also after ل, which swallows the article's alif
/// (`الخطر`، `للقانون` → `خطر`، `قانون`); none for a word without it.
pub fn without_article(key: &str) -> Option<&str> {
    key.strip_prefix("لل").or_else(|| key.strip_prefix("ال"))
}

/// The word without a glued conjunction or preposition letter (و ف ب ل ك) before at least
/// three letters.
fn without_glued_letter(word: &str) -> Option<&str> {
    word.strip_prefix(['و', 'ف', 'ب', 'ل', 'ك']).filter(|rest| rest.chars().count() > 2)
}

/// Definite common nouns that stand for an actor named before, with the actor types they
/// may stand for: `التنظيم` for the group last named, `القوات` for the last force.
const ANAPHORIC_NOUNS: &[(&str, &[&str])] = &[
    ("التنظيم", &["armed_group"]),
    ("الحركه", &["armed_group", "party"]),
    ("الجماعه", &["armed_group"]),
    ("الفصايل", &["armed_group"]),
    ("الميليشيات", &["armed_group"]),
    ("المليشيات", &["armed_group"]),
    ("المسلحون", &["armed_group"]),
    // The fighters of a group, by what its enemies call them (`مواقع سيطر عليها المتشددون`), in
    // the nominative of a subject: the -ين forms are objects and follow prepositions.
    ("المتشددون", &["armed_group"]),
    ("المتطرفون", &["armed_group"]),
    ("الارهابيون", &["armed_group"]),
    ("الجهاديون", &["armed_group"]),
    ("المتمردون", &["armed_group"]),
    ("القوات", &["state_military", "armed_group", "coalition"]),
    ("الجيش", &["state_military"]),
    ("الحكومه", &["government"]),
    ("السلطات", &["government"]),
    ("الوزاره", &["government"]),
    // Aircraft belong to a state, its army or the coalition (`غارات النظام … هاجمت الطائرات`).
    ("الطايرات", AIR_FORCE_OWNERS),
    ("الطايره", AIR_FORCE_OWNERS),
    ("المقاتلات", AIR_FORCE_OWNERS),
    ("المروحيات", AIR_FORCE_OWNERS),
    ("الطيران", AIR_FORCE_OWNERS),
];

/// Protesters with the article, as subject or object: the ones a report has told of.
const DEFINITE_PROTESTERS: &[&str] =
    &["المتظاهرون", "المتظاهرين", "المتظاهرات", "المحتجون", "المحتجين", "المعتصمون", "المعتصمين"];

pub fn is_definite_protesters(key: &str) -> bool {
    listed!(DEFINITE_PROTESTERS, key)
}

/// The protest cues that name chanting, a part of a protest rather than one of its own.
const CHANT_WORDS: &[&str] = &["هتف", "يهتف", "هتافات"];

pub fn is_chant_word(form: &str) -> bool {
    listed!(CHANT_WORDS, form)
}

/// Adjectives of kind that make a new body of an anaphoric noun (`القوات الخاصة`، `الجيش
/// الحر`، `القوات الحكومية`, `القوات المشتركة`): not the force named before. A nationality
/// adjective needs no place here: `القوات اليمنية` is a name of its own in the lexicon.
const KIND_ADJECTIVES: &[&str] = &[
    "الخاصه",
    "الخاص",
    "الحر",
    "النظاميه",
    "المشتركه",
    "الحكوميه",
    "الامنيه",
    "الشعبيه",
    "الشعبي",
    "البريه",
    "الجويه",
    "البحريه",
    "الاتحاديه",
    "الدوليه",
    "الاجنبيه",
    "المحليه",
];

/// True when the word after an anaphoric noun makes it name another body than one told of
/// before (`القوات الخاصة`).
pub fn names_another_group(adjective: &str) -> bool {
    listed!(KIND_ADJECTIVES, adjective)
}

/// Who flies the aircraft an anaphoric noun names.
const AIR_FORCE_OWNERS: &[&str] = &["state_military", "coalition", "government"];

/// The listed anaphoric noun a key is, with its actor types.
fn listed_anaphor(key: &str) -> Option<&'static (&'static str, &'static [&'static str])> {
    // Every anaphoric noun is definite: a word without the article is none, told before the
    // filter's hash (most words looked back over by `subject_before` and `glued_anaphoric_noun`).
    if !key.starts_with("ال") {
        return None;
    }
    static FILTER: std::sync::OnceLock<KeyFilter> = std::sync::OnceLock::new();
    let filter = FILTER
        .get_or_init(|| KeyFilter::with_bits(ANAPHORIC_NOUNS.iter().map(|(noun, _)| noun), FILTER_BITS));
    if !filter.may_contain(key.as_bytes()) {
        return None;
    }
    ANAPHORIC_NOUNS.iter().find(|(noun, _)| *noun == key)
}

/// The actor types a definite common noun may stand for, when it is one that does.
pub fn anaphor_types(key: &str) -> Option<&'static [&'static str]> {
    listed_anaphor(key).map(|(_, types)| *types)
}

/// The anaphoric noun a word is, also with a conjunction or a preposition glued to it
/// (`والتنظيم`، `بالتنظيم`، `للتنظيم`, where ل swallows the article's alif).
pub fn glued_anaphoric_noun(key: &str) -> Option<&'static str> {
    if !has_lam_early(key) {
        return None;
    }
    let bare = key.strip_prefix('و').or_else(|| key.strip_prefix('ف')).unwrap_or(key);
    if let Some(stem) = bare.strip_prefix("لل") {
        return ANAPHORIC_NOUNS
            .iter()
            .map(|(noun, _)| *noun)
            .find(|noun| noun.strip_prefix("ال") == Some(stem));
    }
    let definite = bare.strip_prefix('ب').or_else(|| bare.strip_prefix('ك')).unwrap_or(bare);
    listed_anaphor(definite).map(|(noun, _)| *noun)
}

/// Every anaphoric noun, glued or not (`التنظيم`، `وللتنظيم`، `فبالقوات`), has ل (D9 84) for
/// its second, third or fourth letter: a word without it is none, told from its bytes before
/// any list is asked (26,000 words per 1,000 articles; a test holds it to the list).
fn has_lam_early(key: &str) -> bool {
    const LAM: [u8; 2] = [0xD9, 0x84];
    let bytes = key.as_bytes();
    [2, 4, 6].iter().any(|&at| bytes.get(at..at + 2) == Some(&LAM[..]))
}

/// Anaphoric nouns that stand only for an actor called by the same head noun: `التنظيم` for
/// `تنظيم داعش` or `تنظيم القاعدة`, never for `قوات سوريا الديمقراطية`. The noun and the
/// head, folded. (`الجماعة` is left out: it names groups never called جماعة, such as
/// `الجماعة الإرهابية` for al-Qaeda.)
pub(crate) const NAMED_BY_HEAD: &[(&str, &str)] = &[("التنظيم", "تنظيم")];

/// The head noun an anaphoric noun's actor must be called by, when it must.
pub fn head_of_anaphor(noun: &str) -> Option<&'static str> {
    NAMED_BY_HEAD.iter().find(|(listed, _)| *listed == noun).map(|(_, head)| *head)
}

/// Nouns for the means or members of a force, which stand before the force's name in a
/// construct: `طائرات التحالف` (the coalition's aircraft), `مقاتلو قسد`, `عناصر التنظيم`.
const FORCE_HEADS: &[&str] = &[
    // `أبطال الجيش الوطني`، `الأبطال في القوات الجوية`: partisan press calls a side's men its
    // heroes.
    "ابطال",
    "الابطال",
    "طايرات",
    "طايره",
    "مقاتلات",
    "مروحيات",
    "مروحيه",
    "طيران",
    "مدفعيه",
    "دبابه",
    "دبابات",
    "زوارق",
    "بوارج",
    "قوات",
    "عناصر",
    "مقاتلو",
    "مقاتلي",
    "مسلحو",
    "مسلحي",
    "جنود",
    "وحدات",
    "دوريات",
    "دوريه",
    "ارتال",
    "رتل",
    "مسيرات",
    "صواريخ",
    "صاروخ",
    "قذايف",
    "قذيفه",
];

pub fn is_force_head(key: &str) -> bool {
    listed!(FORCE_HEADS, key)
}

/// Members or leaders of a body (folded), as the subject before في or من and the body's
/// name: `أعضاء في مجلس الشيوخ`، `نواب في البرلمان`، `مسؤولون في الخارجية`، `قادة في الجيش`.
const MEMBER_HEADS: &[&str] =
    &["اعضاء", "عضو", "نواب", "نايب", "مسوولون", "مسوول", "ممثلون", "ممثل", "قاده", "قيادي", "قياديون"];

/// True for one of the [`MEMBER_HEADS`].
pub fn is_member_head(key: &str) -> bool {
    listed!(MEMBER_HEADS, key)
}

/// Positions, bases and men a side holds (folded, without the article), as an attack's
/// object carrying a pronoun that names the side (`باستهداف أحد مواقعها`، `قتل عددا من عناصره`).
const HELD_NOUNS: &[&str] = &[
    "موقع",
    "مواقع",
    "هدف",
    "اهداف",
    "منشات",
    "مقر",
    "مقرات",
    "قاعده",
    "قواعد",
    "نقطه",
    "نقاط",
    "تجمعات",
    "تحصينات",
    "معاقل",
    "معقل",
    "مخازن",
    "مستودعات",
    "قوات",
    "عناصر",
    "مقاتلي",
    "جنود",
    "دوريه",
    "دوريات",
    "اليات",
    "ارتال",
    "رتل",
];

/// True for one of the [`HELD_NOUNS`].
pub fn is_held_noun(key: &str) -> bool {
    listed!(HELD_NOUNS, key)
}

/// Military positions struck (folded, without the article), the object that makes a weak word
/// of force (`ضربت إسرائيل أهدافا في سوريا`) an attack: sites, bases, depots, not men (those
/// are [`CONFLICT_WORDS`] already), not `هدف` alone (a goal scored) and not `تجمعات` (rallies).
const STRUCK_POSITIONS: &[&str] = &[
    "اهداف",
    "مواقع",
    "منشات",
    "مقرات",
    "قواعد",
    "تحصينات",
    "معاقل",
    "مخازن",
    "مستودعات",
    "ثكنات",
    "معسكرات",
    "مدرجات",
];

/// True for one of the [`STRUCK_POSITIONS`], bare or in the accusative (`أهدافا`), with or
/// without a glued و and the article.
pub fn is_struck_position(key: &str) -> bool {
    let bare = without_and_article(key);
    listed!(STRUCK_POSITIONS, bare.strip_suffix('ا').unwrap_or(bare))
}

/// The police (folded, with and without the article): they cordon, enter and search, which
/// are not a war's sieges, advances and campaigns.
pub fn is_police_word(key: &str) -> bool {
    matches!(without_and_article(key), "شرطه" | "شرطي" | "شرطيون" | "شرطيين")
}

/// Aircraft and missiles (folded, with and without the article): they strike but take no
/// ground (`دخلت طائرة بلا طيار الأجواء`).
pub fn is_aircraft_word(key: &str) -> bool {
    matches!(without_and_article(key), "طايره" | "طايرات" | "مروحيه" | "مروحيات" | "صاروخ" | "صواريخ")
}

/// Texts and speeches, in which a word of attack is one of criticism (`في تقرير`، `في مقال`).
const TEXT_WORDS: &[&str] = &[
    "تقرير",
    "مقال",
    "مقاله",
    "كلمه",
    "خطاب",
    "تغريده",
    "تغريدات",
    "تصريحات",
    "مقابله",
    "حديث",
    "رساله",
    "كتاب",
];

/// True for one of the [`TEXT_WORDS`].
pub fn is_text_word(key: &str) -> bool {
    listed!(TEXT_WORDS, key)
}

/// Words for fighters, forces, arms and wounds (folded, without the article): a sentence
/// holding one is about armed conflict. Words with civil senses as common (`وحدات` housing units,
/// `طيران` civil aviation, `عناصر` elements, `حرب` trade war) are left out.
const CONFLICT_WORDS: &[&str] = &[
    "قوات",
    "جنود",
    "جندي",
    "جيش",
    "جيوش",
    "عسكري",
    "عسكريه",
    "عسكريون",
    "عسكريين",
    "مسلح",
    "مسلحه",
    "مسلحون",
    "مسلحين",
    "مسلحو",
    "مسلحي",
    "مقاتل",
    "مقاتلون",
    "مقاتلين",
    "مقاتلو",
    "مقاتلي",
    "مقاتلات",
    "مروحيات",
    "مدفعيه",
    "ميليشيا",
    "ميليشيات",
    "مليشيا",
    "مليشيات",
    "ارهابي",
    "ارهابيه",
    "ارهابيون",
    "ارهابيين",
    "انتحاري",
    "متمردون",
    "متمردين",
    "شرطه",
    "دبابات",
    "صواريخ",
    "قذايف",
    "اسلحه",
    "سلاح",
    "رصاص",
    "احتلال",
    "جروح",
    "بجروح",
];

/// True for one of the [`CONFLICT_WORDS`], with or without a glued و and the article.
pub fn is_conflict_word(key: &str) -> bool {
    listed!(CONFLICT_WORDS, without_and_article(key))
}

/// Words of sport: in a sentence holding one, `مواجهة`، `هجوم`، `خطف هدفا`، `إصابة` and
/// `انسحب` are the game's, not war's.
const SPORT_WORDS: &[&str] = &[
    "مباراه",
    "المباراه",
    "مباريات",
    "المباريات",
    "منتخب",
    "المنتخب",
    "الدوري",
    "مدرب",
    "المدرب",
    "نادي",
    "النادي",
    "بطوله",
    "البطوله",
    "كاس",
    "الملعب",
    "لاعب",
    "اللاعب",
    "لاعبي",
    "لاعبا",
    "هداف",
    "الهداف",
    "مونديال",
    "المونديال",
];

#[cfg(test)]
pub fn is_sport_word(key: &str) -> bool {
    is_sport_word_mixed(key, marsad_text::hash::filter_mix(key.as_bytes()))
}

/// Whether `key`, whose filter mix is `mix`, is a word of sport: the doc asks it of every word
/// of a sentence with a trigger that may be sport's, and has every word's mix.
#[inline]
pub fn is_sport_word_mixed(key: &str, mix: u64) -> bool {
    static FILTER: std::sync::OnceLock<KeyFilter> = std::sync::OnceLock::new();
    FILTER.get_or_init(|| KeyFilter::with_bits(SPORT_WORDS.iter(), FILTER_BITS)).may_contain_mix(mix)
        && SPORT_WORDS.contains(&key)
}

/// Verbs of concluding an agreement, in the forms news uses most (folded; a leading و or ف
/// is taken off before looking).
const CONCLUDING_VERBS: &[&str] = &[
    "توصل",
    "توصلت",
    "توصلا",
    "توصلوا",
    "التوصل",
    "للتوصل",
    "وقع",
    "وقعت",
    "وقعا",
    "وقعوا",
    "توقيع",
    "بتوقيع",
    "ابرم",
    "ابرمت",
    "ابرما",
    "ابرام",
    "عقد",
    "عقدت",
    "تم",
    "وتم",
    "اعلن",
    "اعلنت",
    "اعلان",
    "بموجب",
];

pub fn is_concluding_verb(key: &str) -> bool {
    let bare = key.strip_prefix(['و', 'ف']).filter(|rest| rest.chars().count() >= 2).unwrap_or(key);
    listed!(CONCLUDING_VERBS, key) || listed!(CONCLUDING_VERBS, bare)
}

pub fn is_preposition(key: &str) -> bool {
    listed!(PREPOSITIONS, key)
}

/// Only the tests ask of a word without its mix: the doc has every word's.
#[cfg(test)]
pub fn is_clause_break_word(key: &str) -> bool {
    is_clause_break_mixed(key, marsad_text::hash::filter_mix(key.as_bytes()))
}

/// Whether `key`, whose filter mix is `mix` (the doc's, read once for every reader), opens a
/// new clause.
#[inline]
pub fn is_clause_break_mixed(key: &str, mix: u64) -> bool {
    let (filter, words) = clause_break_words();
    filter.may_contain_mix(mix) && words.contains(key)
}

/// The words that open a new clause (the clause breaks and the relative pronouns), and a
/// filter over them, for a reader that asks of every word of a text and fetches them once.
pub fn clause_break_words() -> &'static (KeyFilter, KeySet<&'static str>) {
    // Asked of every word: one filter and one set over both lists, where two filters and two
    // scans cost more (the relative pronouns and كما، حيث pass a filter often, being common).
    static BREAKS: std::sync::OnceLock<(KeyFilter, KeySet<&str>)> = std::sync::OnceLock::new();
    BREAKS.get_or_init(|| {
        let words: KeySet<&str> = CLAUSE_BREAKS.iter().chain(RELATIVE_PRONOUNS).copied().collect();
        (KeyFilter::new(words.iter()), words)
    })
}

#[inline]
pub fn is_complementizer(key: &str) -> bool {
    may_be_complementizer(key) && (listed!(COMPLEMENTIZERS, key) || listed!(PRONOUN_COMPLEMENTIZERS, key))
}

pub fn is_pronoun_complementizer(key: &str) -> bool {
    may_be_complementizer(key) && listed!(PRONOUN_COMPLEMENTIZERS, key)
}

/// Every complementizer is ان, after at most one letter (ب و ف): a word with ان neither at
/// its start nor after its first letter is none, told by two compares before the filters'
/// hashes (`subject_before` asks it of every word it looks back over, 51,000 per 1,000
/// articles).
fn may_be_complementizer(key: &str) -> bool {
    const AN: &str = "ان";
    key.starts_with(AN) || key.get(2..).is_some_and(|rest| rest.starts_with(AN))
}

pub fn is_agent_marker(key: &str) -> bool {
    listed!(AGENT_MARKERS, key)
}

/// People harmed, one or two, as a report names them when it has no count (folded, no
/// article): singular and dual, nominative and oblique.
const VICTIM_NOUNS: &[&str] = &[
    "شخص",
    "شخصا",
    "شخصان",
    "شخصين",
    "شرطي",
    "شرطيا",
    "شرطيان",
    "شرطيين",
    "جندي",
    "جنديا",
    "جنديان",
    "جنديين",
    "مدني",
    "مدنيا",
    "مدنيان",
    "مدنيين",
    "عنصر",
    "عنصرا",
    "عنصران",
    "عنصرين",
    "طفل",
    "طفلا",
    "طفلان",
    "طفلين",
    "امراه",
    "امراتان",
    "امراتين",
    "رجل",
    "رجلا",
    "رجلان",
    "رجلين",
    "مواطن",
    "مواطنا",
    "مواطنان",
    "مواطنين",
    "ضابط",
    "ضابطا",
    "ضابطان",
    "ضابطين",
    "مقاتل",
    "مقاتلا",
    "مقاتلان",
    "مقاتلين",
    "صحفي",
    "صحفيا",
    "صحافي",
    "صحافيا",
    "صحفيين",
    "صحافيين",
];

pub fn is_victim_noun(key: &str) -> bool {
    listed!(VICTIM_NOUNS, key)
}

pub fn is_time_word(key: &str) -> bool {
    listed!(TIME_WORDS, key)
}

pub fn is_partitive(key: &str) -> bool {
    listed!(PARTITIVES, key)
}

/// Demonstratives: a statement noun after one (`هذا التصريح`) names a statement already
/// reported.
const DEMONSTRATIVES: &[&str] = &["هذا", "هذه", "ذلك", "تلك", "هذين", "هاتين", "هاتان", "هولاء", "اولايك"];

pub fn is_demonstrative(key: &str) -> bool {
    DEMONSTRATIVES.contains(&key)
}

/// Independent subject pronouns and the clause openers that carry one (`لكنه`، `وهو`): a
/// reporting verb right after one has the speaker talked about for its subject.
const SUBJECT_PRONOUNS: &[&str] = &[
    "هو",
    "هي",
    "هم",
    "هما",
    "وهو",
    "وهي",
    "وهم",
    "فهو",
    "فهي",
    "فهم",
    "لكنه",
    "لكنها",
    "لكنهم",
    "ولكنه",
    "ولكنها",
    "ولكنهم",
];

pub fn is_subject_pronoun(key: &str) -> bool {
    SUBJECT_PRONOUNS.contains(&key)
}

/// Office and role nouns that head a construct naming a speaker without a name (`وزير
/// الدفاع الروسي`، `المتحدث باسم`), written without the article.
const SPEAKER_HEADS: &[&str] = &[
    "وزير",
    "وزيره",
    "نايب",
    "رييس",
    "رييسه",
    "قايد",
    "مدير",
    "مديره",
    "سفير",
    "سفيره",
    "مندوب",
    "مندوبه",
    "محافظ",
    "مستشار",
    "مستشاره",
    "زعيم",
    "متحدث",
    "متحدثه",
    "ناطق",
    "ناطقه",
    "مسوول",
    "مسووله",
    // `نقلت رويترز عن مسؤولين أتراك قولهم`: officials, named by no adjective the unnamed
    // sources list.
    "مسوولون",
    "مسوولين",
    "امين",
    "مراسل",
    "مراسله",
    // Governors, envoys, commissioners and their like (`وقال حاكم موبتي`، `قال مبعوث الأمم
    // المتحدة`، `قالت مفوضة حقوق الإنسان`).
    "حاكم",
    "عمده",
    "امير",
    "مبعوث",
    "مبعوثه",
    "مفوض",
    "مفوضه",
    "منسق",
    "منسقه",
    "ممثل",
    "ممثله",
    "قاضي",
    "عضو",
    "محلل",
    "خبير",
];

pub fn is_speaker_head(key: &str) -> bool {
    SPEAKER_HEADS.contains(&key)
}

/// Ranks and standings: what one "occupies" in a list, a table or esteem (`احتل المركز
/// الأول`، `تحتل مكانة`).
const RANK_WORDS: &[&str] = &[
    "المركز",
    "المرتبه",
    "مرتبه",
    "مكانه",
    "الصداره",
    "المقدمه",
    "موقعا",
    "المراتب",
    "المراكز",
    "حيزا",
    "مساحه",
    "رقم",
    "الصف",
];

pub fn is_rank_word(key: &str) -> bool {
    RANK_WORDS.contains(&key)
}

/// Nouns whose complement names a kind of act, not one that happened: riot or kidnap
/// control (`شرطة مكافحة الشغب`), a freedom (`حرية التجمع`), and the
/// charge an act is the offence of (`بتهمة القتل`، `تهم اغتصاب`، `المتهمين باغتيال`): a charge
/// names a crime in law, whether or not anyone did it, and so does the case it is tried in
/// (`قضية اغتصاب`). A policy, a phenomenon or a culture of an act
/// (`سياسة القتل`، `ظاهرة الاختطاف`، `ثقافة العنف`) is a kind of act too (GUIDELINES §4: no
/// generic statements). A line named after an act (`خط هجوم البرازيل`، `خط إمداد الميليشيات`،
/// `خط وقف إطلاق النار`) is a line: a team's forwards, a route, a boundary. An office or a
/// room named after what it runs (`إدارة العمليات الرئيسية`، `غرفة العمليات`) is a body.
const KIND_HEADS: &[&str] = &[
    "اداره",
    "لاداره",
    "غرفه",
    "لغرفه",
    "بغرفه",
    "مديريه",
    "مكافحه",
    "لمكافحه",
    "حريه",
    "قضيه",
    "القضيه",
    "سياسه",
    "ظاهره",
    "الظاهره",
    "لظاهره",
    "ثقافه",
    "خط",
    "لخط",
    "بخط",
    "وخط",
    "خطوط",
    "لخطوط",
    "بخطوط",
];

/// A head that makes the act word after it a kind of act: one of [`KIND_HEADS`] or a word of
/// a charge ([`CHARGE_WORDS`]).
pub fn is_kind_head(key: &str) -> bool {
    listed!(KIND_HEADS, key) || is_charge_word(key)
}

/// The nouns of a charge (`بتهمة`، `التهم`، `المتهمين`): a crime named further on in their
/// clause, past other crimes and their conjuncts (`متهمون خصوصا بالاغتصاب وتجنيد الأطفال
/// وقتل المدنيين`), is still what is charged. The verb `اتهم` is left out: it accuses someone
/// of a reported act (`اتهمت دمشق التحالف باستهداف موقع`), which the article tells, and so is
/// `متهما`, which is also its participle (accusing, `متهما الجانب الأمريكي بتوفير الحماية`).
const CHARGE_WORDS: &[&str] = &[
    "تهمه",
    "بتهمه",
    "التهمه",
    "تهم",
    "بتهم",
    "التهم",
    "المتهم",
    "المتهمين",
    "المتهمون",
    "متهم",
    "متهمين",
    "متهمون",
];

pub fn is_charge_word(key: &str) -> bool {
    listed!(CHARGE_WORDS, key)
}

/// Prepositions and conjunctions of time: what follows one is set in the world as the time of
/// something else. They close what a charge covers (`متهم بالكذب بعد مقتل 24 مدنيا`: the
/// killing happened, the charge is the lie), and an act after one is no act a speaker
/// announces (`قال الضابط: "عقب الانفجار تلقى الرجل علاجا`).
const TIME_LINKS: &[&str] =
    &["بعد", "قبل", "خلال", "منذ", "اثر", "عقب", "اعقاب", "غداه", "عشيه", "ابان", "اثناء", "حين", "عندما"];

pub fn is_time_link(key: &str) -> bool {
    listed!(TIME_LINKS, key)
}

/// Verbal nouns of stopping (`وقف`، `إيقاف`، `إنهاء`، `الكف عن`، `الحد من`), with a glued
/// conjunction or preposition: the violent act after one (`بوقف اعتداءاتها على غزة`، `إنهاء
/// القصف`) is what is to stop, demanded or agreed, not an act the sentence reports. Past verbs
/// (`أوقف التحالف ضرباته`) are left out: they tell of strikes that were made.
const STOP_NOUNS: &[&str] = &[
    "وقف",
    "ووقف",
    "بوقف",
    "لوقف",
    "ايقاف",
    "وايقاف",
    "بايقاف",
    "لايقاف",
    "انهاء",
    "وانهاء",
    "بانهاء",
    "لانهاء",
    "الكف",
    "بالكف",
    "والكف",
    "التوقف",
    "بالتوقف",
    "والتوقف",
    // `الحد من الهجمات`: curbing them (after من).
    "الحد",
    "للحد",
    "والحد",
    "بالحد",
];

pub fn is_stop_noun(key: &str) -> bool {
    listed!(STOP_NOUNS, key)
}

/// True for a word of warning with any clitics (`حذر`، `وحذرت`، `يحذر`، `محذرا`، `تحذيرها`،
/// `التحذير`، `الحذر`): what is warned of, after من, has not happened.
pub fn is_warning_word(key: &str) -> bool {
    key.chars().count() <= WARNING_WORD_LETTERS && (key.contains("حذر") || key.contains("تحذير"))
}

/// The longest word of warning with its clitics (`وتحذيراتها`): longer words that hold حذر are
/// other words.
const WARNING_WORD_LETTERS: usize = 10;

/// Stems of the words that, before في, name an inquiry into an act or a part in it
/// (`التحقيق في`، `يحقق في`، `نفت تورطها في`، `بالضلوع في`): the act after them is what is
/// looked into, denied or charged, a topic, not an act the sentence reports.
const INQUIRY_STEMS: &[&str] = &["تحقيق", "حقق", "تورط", "ضلوع"];

/// True for a word, with any clitics, built on an inquiry stem. The participle (`الميليشيات
/// المتورطة في قتل`) names the doers of an act the text asserts, and is left out.
pub fn is_inquiry_head(key: &str) -> bool {
    INQUIRY_STEMS.iter().any(|stem| key.contains(stem)) && !key.contains("متورط")
}

/// What a مسيرة is when it is no march, and an عملية when it is no attack: the peace process,
/// a career, a torch relay (`مسيرة السلام`، `مسيرة التنمية`، `مسيرة الشعلة`), and the
/// adjectives of a career after its owner's pronoun (`مسيرته الفنية`، `مسيرتها المهنية`).
const PROCESS_COMPLEMENTS: &[&str] = &[
    "السلام",
    "التسويه",
    "التنميه",
    "الاصلاح",
    "البناء",
    "الشعله",
    "المفاوضات",
    "الحياه",
    "العمل",
    "التطور",
    "التقدم",
    "الديمقراطيه",
    "التحول",
    "النهضه",
    "الفنيه",
    "المهنيه",
    "الاحترافيه",
    "الكرويه",
    "الرياضيه",
    "الادبيه",
    "العلميه",
    "الاكاديميه",
    "الدراسيه",
    "الاعلاميه",
    "الصحفيه",
    "الدبلوماسيه",
    // And what makes an operation civil (`العملية الانتخابية`، `عملية سياسية`، `عملية البحث`).
    "الانتخابيه",
    "انتخابيه",
    "السياسيه",
    "سياسيه",
    "السلميه",
    "التعليميه",
    "تعليميه",
    "الجراحيه",
    "جراحيه",
    "البحث",
    "الانتاج",
    "انتاج",
    "التسجيل",
    "التصويت",
    "الاقتراع",
    "الانتقال",
    "الانتقاليه",
    "الالكترونيه",
    "القرصنه",
];

pub fn is_process_complement(key: &str) -> bool {
    listed!(PROCESS_COMPLEMENTS, key)
}

/// Heads that make a weapon noun after them a piece of equipment, not a shot fired: systems,
/// boats, launchers and batteries of it, defence against it, its deployment, purchase, making
/// and field, and where it is stored or made (`أنظمة صواريخ`، `قاذفات قنابل`، `زوارق الصواريخ`،
/// `الدفاع ضد الصواريخ`، `مطلقي الصواريخ`، `المضادة للصواريخ`، `شراء طائرات بدون طيار`، `مستودع
/// للصواريخ`).
const EQUIPMENT_HEADS: &[&str] = &[
    "مستودع",
    "مستودعات",
    "مخزن",
    "مخازن",
    "مصنع",
    "مصانع",
    "ورشه",
    "انظمه",
    "نظام",
    "منظومه",
    "منظومات",
    "زوارق",
    "زورق",
    "قوارب",
    "منصات",
    "منصه",
    "بطاريات",
    "بطاريه",
    "مطلقي",
    "قاذفات",
    "قاذفه",
    "قاذف",
    "مخزون",
    "ترسانه",
    "مضاده",
    "المضاده",
    "مضاد",
    "المضاد",
    "ضد",
    "نشر",
    "شراء",
    "صفقه",
    "صفقات",
    "تطوير",
    "صناعه",
    "انتاج",
    "مجال",
    "تكنولوجيا",
    "برنامج",
];

pub fn is_equipment_head(key: &str) -> bool {
    listed!(EQUIPMENT_HEADS, key)
}

/// What one "enters" that is no ground: a stage, a state, a market, a hospital, a race, the
/// record books, a year of one's own (`دخل الاتفاق حيز التنفيذ`، `دخلت الأزمة عامها الثامن`،
/// `دخل في مرحلة جديدة`، `دخل المستشفى`، `دخلت السوق`). After دخل، يدخل، دخول and أدخل.
const ENTERED_STATES: &[&str] = &[
    "حيز",
    "مرحله",
    "المرحله",
    "حاله",
    "السوق",
    "الاسواق",
    "سوق",
    "المستشفي",
    "مستشفي",
    "العنايه",
    "غرفه",
    "غيبوبه",
    "نوبه",
    "السجن",
    "الفن",
    "المعترك",
    "السباق",
    "سباق",
    "المنافسه",
    "سجال",
    "التاريخ",
    "موسوعه",
    "الخدمه",
    "عامه",
    "عامها",
    "عامهم",
    "يومه",
    "يومها",
    "شهره",
    "شهرها",
    "اسبوعه",
    "اسبوعها",
    "اضراب",
    "الاسلام",
    "القفص",
    // تدخل (interfered) is spelled like تدخل (she enters): interfering in affairs, elections or
    // politics is no entry of forces.
    "شوون",
    "الشوون",
    "انتخابات",
    "الانتخابات",
    "السياسه",
];

pub fn is_entered_state(key: &str) -> bool {
    listed!(ENTERED_STATES, key)
}

/// Prepositions carrying a pronoun, which may stand between a verb and its subject (`وتشن
/// فيها قوات سوريا الديمقراطية حملة`، `ونجح خلالها الجيش في تحرير`، `وتصدت لهم قوات الجيش`،
/// `ووجهت له الولايات المتحدة اتهامات`): the third person, singular, dual and plural.
const PRONOUN_PREPOSITIONS: &[&str] = &[
    "فيها",
    "فيه",
    "فيهم",
    "فيهما",
    "عليها",
    "عليه",
    "عليهم",
    "عليهما",
    "منها",
    "منه",
    "منهم",
    "منهما",
    "لها",
    "له",
    "لهم",
    "لهما",
    "بها",
    "به",
    "بهم",
    "بهما",
    "اليها",
    "اليه",
    "اليهم",
    "اليهما",
    "عنها",
    "عنه",
    "عنهم",
    "ضدها",
    "ضده",
    "ضدهم",
    "معها",
    "معه",
    "معهم",
    "عندها",
    "خلالها",
    "خلاله",
    "اثرها",
    "اثره",
    "بعدها",
    "بعده",
];

pub fn is_pronoun_preposition(key: &str) -> bool {
    PRONOUN_PREPOSITIONS.contains(&key)
}

/// Forces that belong to someone, written with their owner's pronoun after them (`قواته`،
/// `مقاتليها`، `طائراتها`): right after أن in reported speech, the owner is the speaker.
const OWNED_FORCES: &[&str] =
    &["قوات", "جنود", "مقاتلي", "مقاتلو", "عناصر", "طايرات", "طيران", "وحدات", "مقاتلات"];

/// Whether `key` names forces with their owner's pronoun; `Some(true)` for a feminine owner
/// (`قواتها`), `Some(false)` for a masculine or plural one (`قواته`، `قواتهم`).
pub fn owned_forces(key: &str) -> Option<bool> {
    let (forces, feminine) = match key.strip_suffix("ها") {
        Some(forces) => (forces, true),
        None => (key.strip_suffix("هم").or_else(|| key.strip_suffix('ه'))?, false),
    };
    OWNED_FORCES.contains(&forces).then_some(feminine)
}

/// Agreements and treaties, which one withdraws from without moving a soldier.
const AGREEMENT_WORDS: &[&str] =
    &["الاتفاق", "الاتفاقيه", "اتفاق", "اتفاقيه", "المعاهده", "معاهده", "الاتفاقات", "الاتفاقيات", "المعاهدات"];

pub fn is_agreement_word(key: &str) -> bool {
    AGREEMENT_WORDS.contains(&key)
}

/// Nouns for an act of any kind (operation, campaign), which take the act they are of after
/// them (`عملية نقل`، `حملة اعتقالات`). Without the article.
const GENERIC_ACT_NOUNS: &[&str] = &["عمليه", "عمليات", "حمله", "حملات"];

pub fn is_generic_act_noun(key: &str) -> bool {
    GENERIC_ACT_NOUNS.contains(&key.strip_prefix("ال").unwrap_or(key))
}

/// What one offers (`تقدم المشورة`، `يقدم الدعم`): after a verb spelled like تقدم (advanced),
/// one of these makes it قدّم (offered).
const OFFERED_THINGS: &[&str] = &[
    "المشوره",
    "مشوره",
    "الدعم",
    "دعما",
    "المساعده",
    "المساعدات",
    "مساعدات",
    "مساعده",
    "العون",
    "الشكر",
    "التعازي",
    "اعتذارا",
    "اعتذار",
    "طلبا",
    "مقترحا",
    "مبادره",
    "الخدمات",
    "خدمات",
    "معلومات",
    "المعلومات",
    "تقريرا",
    "شكوي",
    "استقالته",
    "استقالتها",
    "عرضا",
    "ضمانات",
    "تسهيلات",
];

pub fn is_offered_thing(key: &str) -> bool {
    OFFERED_THINGS.contains(&key)
}

/// What one submits or offers with بـ (`تقدم بالشكر`، `تقدم بطلب`، `تقدم بخالص العزاء`):
/// after تقدم they make it "submitted", not "advanced". Written without بـ, with or without
/// the article.
const OFFERED_WITH_BA: &[&str] = &[
    "شكر",
    "خالص",
    "عزاء",
    "تعازي",
    "تهنيه",
    "تهاني",
    "طلب",
    "طلبات",
    "شكوي",
    "شكاوي",
    "مقترح",
    "اقتراح",
    "مشروع",
    "استقالته",
    "استقالتها",
    "بلاغ",
    "دعوي",
    "التماس",
    "اعتذار",
    "مبادره",
    "طعن",
    "اوراق",
    "ترشيحه",
    "ترشيحها",
    "عرض",
    "سوال",
    "استجواب",
];

pub fn is_thing_offered_with_ba(key: &str) -> bool {
    let Some(bare) = key.strip_prefix('ب') else { return false };
    OFFERED_WITH_BA.contains(&bare.strip_prefix("ال").unwrap_or(bare))
}

/// Goals one aims at (`تستهدف تحقيق فائض`، `يستهدف خفض العجز`): verbal nouns of achieving,
/// raising, lowering, reaching, drawing, producing; after يستهدف they make it "aims at".
/// Without the article.
const GOAL_NOUNS: &[&str] = &[
    "تحقيق",
    "خفض",
    "تخفيض",
    "زياده",
    "رفع",
    "جذب",
    "استقطاب",
    "وصول",
    "بلوغ",
    "بيع",
    "انتاج",
    "تصدير",
    "توفير",
    "بناء",
    "انشاء",
    "تطوير",
    "تعزيز",
    "تحسين",
    "دعم",
    "تنويع",
    "توسيع",
    "استثمار",
    "جمع",
    "طرح",
    "نمو",
    "معدل",
    "نسبه",
    "عجز",
    "فايض",
    // Aims of policy and war, as well (`تستهدف إعادة حكومة هادي`، `يستهدف الحيلولة دون`).
    "اعاده",
    "انهاء",
    "منع",
    "حمايه",
    "حيلوله",
    "ضمان",
    "ايجاد",
    "تشجيع",
    "تقليص",
    "تقليل",
    "تمكين",
    "تسهيل",
    "تغيير",
    "اسقاط",
    "زعزعه",
    "تقويض",
    "اضعاف",
    "عرقله",
    "افشال",
    // Control one aims to take (`الحوثيين الذين يستهدفون السيطرة على حكم البلاد`).
    "سيطره",
    "استيلاء",
    "هيمنه",
];

pub fn is_goal_noun(key: &str) -> bool {
    GOAL_NOUNS.contains(&key.strip_prefix("ال").unwrap_or(key))
}

/// What one achieves (حقق، تحقيق): after تحقيق they make it achieving, not an investigation
/// (`تحقيق الأهداف`، `تحقيق الانتصار`), without or with the article.
const ACHIEVED_THINGS: &[&str] = &[
    "اهداف",
    "اهدافها",
    "اهدافه",
    "تقدم",
    "نمو",
    "انجازات",
    "انجاز",
    "مكاسب",
    "نصر",
    "انتصار",
    "انتصارات",
    "فوز",
    "امن",
    "استقرار",
    "سلام",
    "تنميه",
    "عداله",
    "رويه",
    "مستهدفات",
    "معدلات",
    "موشرات",
    "نتايج",
    "ارباح",
    "توازن",
    "مصالحه",
    "وحده",
    "حلم",
    "طموحات",
    "تطلعات",
    "مصالح",
    "اكتفاء",
    "وفورات",
    "غايات",
    "رغبه",
    "تكامل",
];

pub fn is_achieved_thing(key: &str) -> bool {
    let bare = key.strip_prefix("ال").unwrap_or(key);
    listed!(ACHIEVED_THINGS, bare)
}

/// Verbs of events that take no object (advance, withdraw, clash, explode, demonstrate,
/// gather, flee): spelled with an object pronoun (`تقدمها`، `تمركزهم`) the word is another one
/// (offers it, their positions).
const INTRANSITIVE_VERBS: &[&str] = &[
    "تقدم",
    "يتقدم",
    "انسحب",
    "ينسحب",
    "اشتبك",
    "يشتبك",
    "انفجر",
    "ينفجر",
    "تظاهر",
    "يتظاهر",
    "تمركز",
    "يتمركز",
    "توغل",
    "يتوغل",
    "اعتصم",
    "يعتصم",
    "احتشد",
    "يحتشد",
    "تجمع",
    "يتجمع",
    "فر",
    "يفر",
    "هرب",
    "يهرب",
    "انشق",
    "ينشق",
];

pub fn is_intransitive_verb(key: &str) -> bool {
    listed!(INTRANSITIVE_VERBS, key)
}

/// What is "freed" when تحرير means liberalizing, not taking ground (`تحرير سعر الصرف`).
const LIBERALIZED_THINGS: &[&str] = &["سعر", "اسعار", "تجاره", "اقتصاد", "صرف", "عمله", "قطاع", "اسواق"];

/// Heads before تحرير when it means editing (`رئيس تحرير الصحيفة`) or names a body
/// (`حركة تحرير السودان`، `جبهة التحرير`، `منظمة التحرير`).
const EDITORIAL_HEADS: &[&str] =
    &["رييس", "رييسه", "مدير", "مديره", "هييه", "سكرتير", "قسم", "حركه", "جبهه", "منظمه", "جيش"];

/// True when تحرير between `before` and `after` is liberalizing or editing.
pub fn is_liberalizing_or_editing(before: &str, after: &str) -> bool {
    let after = after.strip_prefix("ال").unwrap_or(after);
    let before = before.strip_prefix('و').unwrap_or(before);
    LIBERALIZED_THINGS.contains(&after) || EDITORIAL_HEADS.contains(&before)
}

/// What one "controls" when سيطرة takes no ground (folded, without the article): a situation,
/// a fire, prices, feelings (`السيطرة على الموقف`، `على الحريق`، `على الأسعار`).
const CONTROLLED_SITUATIONS: &[&str] = &[
    "موقف",
    "وضع",
    "اوضاع",
    "امور",
    "حريق",
    "حرايق",
    "نيران",
    "نار",
    "اسعار",
    "تضخم",
    "اعصاب",
    "مشاعر",
    "غضب",
    "انتشار",
    "وباء",
    "مرض",
];

/// True for a [`CONTROLLED_SITUATIONS`] word, with or without the article.
pub fn is_controlled_situation(key: &str) -> bool {
    let bare = key.strip_prefix("ال").unwrap_or(key);
    CONTROLLED_SITUATIONS.contains(&bare)
}

/// Forces of nature that "strike" (`ضرب زلزال`، `الإعصار الذي ضرب`، `موجات الجفاف التي
/// ضربت`), with and without the article. Not موجة (`موجة من أعمال القتل` is a wave of acts).
const NATURAL_FORCES: &[&str] = &[
    "زلزال",
    "زلازل",
    "اعصار",
    "عاصفه",
    "عواصف",
    "فيضان",
    "فيضانات",
    "سيول",
    "جفاف",
    "حريق",
    "حرايق",
    "امطار",
    "وباء",
    "هزه",
];

pub fn is_natural_force(key: &str) -> bool {
    listed!(NATURAL_FORCES, without_and_article(key))
}

/// A noun without a glued و and the article (`والزلزال` → `زلزال`).
fn without_and_article(key: &str) -> &str {
    let bare = key.strip_prefix('و').unwrap_or(key);
    bare.strip_prefix("ال").unwrap_or(bare)
}

/// Crashes and collapses that kill without an attacker (`تحطم مروحية`، `انهيار مبنى`،
/// `اصطدام قطارين`), nouns with and without the article and past verbs.
const MISHAPS: &[&str] =
    &["تحطم", "تحطمت", "انهيار", "انهار", "انهارت", "اصطدام", "اصطدم", "اصطدمت", "تصادم", "غرق", "غرقت"];

pub fn is_mishap(key: &str) -> bool {
    listed!(MISHAPS, without_and_article(key))
}

/// The noun of an accident (`حادث سير`), which alone may as well be a shooting (`حادث إطلاق نار`).
pub fn is_accident_word(key: &str) -> bool {
    matches!(without_and_article(key), "حادث" | "حادثه")
}

/// First words of a bomb as a thing (`سيارة مفخخة`، `عبوة ناسفة`، `حزام ناسف`، `قنبلة`، `لغم`،
/// `متفجرات`), without the article: what can be found, defused, carried or foiled unexploded.
const DEVICE_WORDS: &[&str] = &[
    "سياره",
    "سيارات",
    "عجله",
    "عجلات",
    "دراجه",
    "دراجات",
    "مفخخه",
    "مفخخات",
    "عبوه",
    "عبوات",
    "قنبله",
    "قنابل",
    "لغم",
    "الغام",
    "متفجرات",
    "حزام",
    "احزمه",
];

/// True for one of the [`DEVICE_WORDS`], with or without a glued و and the article.
pub fn is_device_word(key: &str) -> bool {
    // `ألغام` folds to `الغام`, which opens like the article: asked whole too.
    listed!(DEVICE_WORDS, without_and_article(key))
        || listed!(DEVICE_WORDS, key.strip_prefix('و').unwrap_or(key))
}

/// What is done to a bomb that does not set it off, without the article or a glued ب: found,
/// defused, cleared, seized, held, smuggled, carried, worn, ridden in, made, stored, foiled
/// (`تفكيك عبوة ناسفة`، `أبطلت مفعول`، `العثور على`، `بحوزتهم قنابل`، `يستقلون سيارة مفخخة`،
/// `معمل لتصنيع العبوات`، `إحباط عملية تفجير سيارة مفخخة`).
const DEVICE_HANDLING: &[&str] = &[
    "تفكيك",
    "فكك",
    "فككت",
    "يفكك",
    "ابطال",
    "ابطل",
    "ابطلت",
    "يبطل",
    "مفعول",
    "عثور",
    "عثر",
    "عثرت",
    "يعثر",
    "ضبط",
    "ضبطت",
    "يضبط",
    "اكتشاف",
    "اكتشف",
    "اكتشفت",
    "ازاله",
    "نزع",
    "حيازه",
    "حوزه",
    "حوزته",
    "حوزتهم",
    "حوزتها",
    "تهريب",
    "نقل",
    "ينقل",
    "ينقلون",
    "يحمل",
    "يحملون",
    "تحمل",
    "يرتدي",
    "يرتدون",
    "ترتدي",
    "يستقل",
    "يستقلون",
    "يستقلان",
    "تستقل",
    "استقل",
    "تصنيع",
    "صنع",
    "صناعه",
    "اعداد",
    "تجهيز",
    "معمل",
    "معامل",
    "ورشه",
    "مصنع",
    "مخزن",
    "مستودع",
    "احباط",
    "احبط",
    "احبطت",
    "يحبط",
    "تحبط",
];

/// True for a word of [`DEVICE_HANDLING`], with or without و، ال or a glued ب (`بتفكيك`،
/// `بحوزتهم`).
pub fn is_device_handling(key: &str) -> bool {
    let bare = without_and_article(key);
    listed!(DEVICE_HANDLING, bare)
        || bare.strip_prefix('ب').is_some_and(|rest| listed!(DEVICE_HANDLING, without_and_article(rest)))
}

/// Words that make an accident one of the road (`حادث سير`، `حادث مروري`، `حادث سيارة`).
const ROAD_WORDS: &[&str] = &["سير", "مرور", "مروري", "سياره", "تصادم", "انقلاب"];

pub fn is_road_word(key: &str) -> bool {
    listed!(ROAD_WORDS, key)
}

/// What one "owes" or professes after دان/يدين (`يدين بالولاء`), which then is no
/// condemnation.
const OWED_THINGS: &[&str] = &["بالولاء", "بالفضل", "بالطاعه", "بالاسلام", "بالمسيحيه", "بالدين", "بالشكر"];

pub fn is_owed_thing(key: &str) -> bool {
    OWED_THINGS.contains(&key)
}

/// Imperfective verbs of holding ground, which tell of a state (controls, occupies, is
/// stationed), in their commonest persons.
const STATIVE_VERBS: &[&str] = &[
    "يسيطر",
    "تسيطر",
    "يسيطرون",
    "يحتل",
    "تحتل",
    "يحتلون",
    "يتمركز",
    "تتمركز",
    "يتمركزون",
    "يتحصن",
    "تتحصن",
    "يتحصنون",
];

pub fn is_stative_verb(key: &str) -> bool {
    STATIVE_VERBS.contains(&key)
}

/// Verbs of constituting (`يشكل تهديدا`، `يمثل اعتداء`): an indefinite event noun after one is
/// what something amounts to, not an act that took place.
const COPULAR_VERBS: &[&str] = &[
    "يشكل",
    "تشكل",
    "شكل",
    "شكلت",
    "يمثل",
    "تمثل",
    "مثل",
    "مثلت",
    "يشكلان",
    "تشكلان",
    "يعتبر",
    "تعتبر",
    "يعد",
];

pub fn is_copular_verb(key: &str) -> bool {
    COPULAR_VERBS.contains(&key)
}

/// `يزال`، `تزال`، `يزالون`: after لا (`لا يزال يواصل`) "still", which asserts what follows.
const STILL_VERBS: &[&str] = &["يزال", "تزال", "يزالون", "تزالان", "يزالان", "نزال", "ازال"];

pub fn is_still_verb(key: &str) -> bool {
    STILL_VERBS.contains(&key)
}

/// Asserts that every word of the named lists is written as its folded key: the lists are
/// compared with folded keys, so a word written with a hamza seat or ta marbuta (`طائرات`،
/// `رئيس`) would never match.
#[cfg(test)]
pub(crate) fn assert_all_folded(lists: &[(&str, &[&str])]) {
    for (name, list) in lists {
        for word in *list {
            assert_eq!(marsad_text::fold::fold_key(word), *word, "{name}: {word} is not folded");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_cheap_tests_before_the_filters_pass_every_listed_word() {
        for word in COMPLEMENTIZERS.iter().chain(PRONOUN_COMPLEMENTIZERS) {
            assert!(may_be_complementizer(word), "{word}");
            assert!(is_complementizer(word), "{word}");
        }
        for word in PRONOUN_COMPLEMENTIZERS {
            assert!(is_pronoun_complementizer(word), "{word}");
        }
        for (noun, _) in ANAPHORIC_NOUNS {
            assert!(listed_anaphor(noun).is_some(), "{noun}");
        }
        for word in ["", "ا", "في", "قال", "انسحاب", "التنظيمات", "تنظيم"] {
            assert!(!is_complementizer(word) || word == "ان", "{word}");
            assert!(listed_anaphor(word).is_none(), "{word}");
        }
    }

    /// The lists are compared with folded keys: a word written with a hamza seat or ta marbuta
    /// (`طائرات`، `رئيس`) would never match.
    #[test]
    fn every_glued_anaphoric_noun_has_lam_early() {
        for (noun, _) in ANAPHORIC_NOUNS {
            let stem = noun.strip_prefix("ال").unwrap_or(noun);
            for glued in [noun.to_string(), format!("لل{stem}")] {
                for lead in ["", "و", "ف", "ب", "ك", "وب", "فك"] {
                    let key = format!("{lead}{glued}");
                    assert!(has_lam_early(&key), "{key}");
                }
            }
        }
        assert!(!has_lam_early("قصف") && !has_lam_early(""));
    }

    #[test]
    fn every_listed_word_is_written_as_its_folded_key() {
        let lists: &[(&str, &[&str])] = &[
            ("PREPOSITIONS", PREPOSITIONS),
            ("OWNED_FORCES", OWNED_FORCES),
            ("CLAUSE_BREAKS", CLAUSE_BREAKS),
            ("COMPLEMENTIZERS", COMPLEMENTIZERS),
            ("PRONOUN_COMPLEMENTIZERS", PRONOUN_COMPLEMENTIZERS),
            ("AGENT_MARKERS", AGENT_MARKERS),
            ("TIME_WORDS", TIME_WORDS),
            ("PARTITIVES", PARTITIVES),
            ("ORGANIZATION_HEADS", ORGANIZATION_HEADS),
            ("BACKING_WORDS", BACKING_WORDS),
            ("GENERIC_DETERMINERS", GENERIC_DETERMINERS),
            ("OCCURRENCE_VERBS", OCCURRENCE_VERBS),
            ("OUTBREAK_VERBS", OUTBREAK_VERBS),
            ("PASSIVE_AUXILIARIES", PASSIVE_AUXILIARIES),
            ("PASSIVE_STEMS", PASSIVE_STEMS),
            ("RESULT_VERBS", RESULT_VERBS),
            ("WOUND_NOUNS", WOUND_NOUNS),
            ("ANAPHORS", ANAPHORS),
            ("RELATIVE_PRONOUNS", RELATIVE_PRONOUNS),
            ("STATE_HEADS", STATE_HEADS),
            ("ACT_ADJECTIVES", ACT_ADJECTIVES),
            ("FORCE_HEADS", FORCE_HEADS),
            ("HELD_NOUNS", HELD_NOUNS),
            ("STRUCK_POSITIONS", STRUCK_POSITIONS),
            ("CONFLICT_WORDS", CONFLICT_WORDS),
            ("TEXT_WORDS", TEXT_WORDS),
            ("ROAD_WORDS", ROAD_WORDS),
            ("DEVICE_WORDS", DEVICE_WORDS),
            ("DEVICE_HANDLING", DEVICE_HANDLING),
            ("SPORT_WORDS", SPORT_WORDS),
            ("CONCLUDING_VERBS", CONCLUDING_VERBS),
            ("DEMONSTRATIVES", DEMONSTRATIVES),
            ("VICTIM_NOUNS", VICTIM_NOUNS),
            ("SUBJECT_PRONOUNS", SUBJECT_PRONOUNS),
            ("SPEAKER_HEADS", SPEAKER_HEADS),
            ("RANK_WORDS", RANK_WORDS),
            ("KIND_HEADS", KIND_HEADS),
            ("CHARGE_WORDS", CHARGE_WORDS),
            ("TIME_LINKS", TIME_LINKS),
            ("STOP_NOUNS", STOP_NOUNS),
            ("INQUIRY_STEMS", INQUIRY_STEMS),
            ("PROCESS_COMPLEMENTS", PROCESS_COMPLEMENTS),
            ("EQUIPMENT_HEADS", EQUIPMENT_HEADS),
            ("ENTERED_STATES", ENTERED_STATES),
            ("PRONOUN_PREPOSITIONS", PRONOUN_PREPOSITIONS),
            ("AGREEMENT_WORDS", AGREEMENT_WORDS),
            ("GENERIC_ACT_NOUNS", GENERIC_ACT_NOUNS),
            ("OFFERED_THINGS", OFFERED_THINGS),
            ("OFFERED_WITH_BA", OFFERED_WITH_BA),
            ("GOAL_NOUNS", GOAL_NOUNS),
            ("ACHIEVED_THINGS", ACHIEVED_THINGS),
            ("INTRANSITIVE_VERBS", INTRANSITIVE_VERBS),
            ("LIBERALIZED_THINGS", LIBERALIZED_THINGS),
            ("CONTROLLED_SITUATIONS", CONTROLLED_SITUATIONS),
            ("EDITORIAL_HEADS", EDITORIAL_HEADS),
            ("NATURAL_FORCES", NATURAL_FORCES),
            ("MISHAPS", MISHAPS),
            ("OWED_THINGS", OWED_THINGS),
            ("STATIVE_VERBS", STATIVE_VERBS),
            ("COPULAR_VERBS", COPULAR_VERBS),
            ("KIND_ADJECTIVES", KIND_ADJECTIVES),
            ("DEFINITE_PROTESTERS", DEFINITE_PROTESTERS),
            ("CHANT_WORDS", CHANT_WORDS),
            ("WORDS_OPENING_LIKE_THE_ARTICLE", WORDS_OPENING_LIKE_THE_ARTICLE),
        ];
        assert_all_folded(lists);
        for (noun, _) in ANAPHORIC_NOUNS {
            assert_eq!(marsad_text::fold::fold_key(noun), *noun, "ANAPHORIC_NOUNS: {noun} is not folded");
        }
    }

    /// The filters only turn words away: every listed word is still found, and others not.
    #[test]
    fn every_listed_word_passes_its_filter() {
        type Test = fn(&str) -> bool;
        let lists: [(&[&str], Test); 15] = [
            (PREPOSITIONS, is_preposition),
            (CLAUSE_BREAKS, is_clause_break_word),
            (COMPLEMENTIZERS, is_complementizer),
            (PRONOUN_COMPLEMENTIZERS, is_pronoun_complementizer),
            (TIME_WORDS, is_time_word),
            (SPORT_WORDS, is_sport_word),
            (FORCE_HEADS, is_force_head),
            (MEMBER_HEADS, is_member_head),
            (OCCURRENCE_VERBS, is_occurrence_verb),
            (PASSIVE_AUXILIARIES, is_passive_auxiliary),
            (PASSIVE_STEMS, is_passive_stem),
            (KIND_HEADS, is_kind_head),
            (PROCESS_COMPLEMENTS, is_process_complement),
            (ENTERED_STATES, is_entered_state),
            (EQUIPMENT_HEADS, is_equipment_head),
        ];
        for (list, test) in lists {
            assert!(list.iter().all(|word| test(word)));
            assert!(!test("كلمةغيرمدرجة"));
        }
        assert!(ANAPHORIC_NOUNS.iter().all(|(noun, _)| anaphor_types(noun).is_some()));
        assert!(CONCLUDING_VERBS.iter().all(|verb| is_concluding_verb(verb)));
    }
}
