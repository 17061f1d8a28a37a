//! Acts a sentence names without reporting them: a past act used to date or recall something
//! else (`منذ اعتداءات سبتمبر`، `ذكرى اغتيال`), a verb of violence with an abstract object
//! (`فجر الأزمة`، `خطف الأضواء`، `انتزع اعترافات`), explosives or missiles named as goods
//! someone has, smuggles or deploys (`أسلحة وذخيرة ومتفجرات`، `خبير في مجال المتفجرات`،
//! `نشر الصواريخ`), acts counted over a whole year (`140 هجوما في العام 2006`), and attacks
//! made of words (`شن هجوما لاذعا على الحكومة`).
//!
//! Each test looks only at the words next to the trigger; the lists are written as the text
//! is and folded with the same function as the text ([`marsad_text::fold::fold_key`]).

use std::sync::OnceLock;

use marsad_lexicon::CueMatch;

use crate::doc::Doc;

/// `منذ اعتداءات 11 سبتمبر`، `منذ اغتيال رئيس الحكومة`: an act after منذ is the point a
/// span of time is counted from; the sentence tells of what has gone on since.
const TIME_ANCHORS: &[&str] = &["منذ"];

/// `ذكرى اغتيال الحريري`، `الذكرى الثالثة لمذبحة`: an anniversary recalls an act long
/// reported; the sentence tells of the commemoration.
const RECALL_HEADS: &[&str] = &["ذكرى", "الذكرى", "ذكري", "الذكري"];

/// How far before an act after ل its anniversary may stand (`الذكرى السنوية الـ12 لمذبحة`).
const RECALL_REACH: usize = 4;

/// Abstract objects that make a verb of violence a figure of speech: a crisis or a row is
/// "sparked" (`فجر الأزمة`), the spotlight or hearts are "stolen" (`خطف الأضواء`), a
/// confession or a title is "wrested" (`انتزع اعترافات`، `انتزع اللقب`), a date or an
/// example is "struck" (`ضرب موعدا`، `ضرب مثلا`), dignity is "wounded" (`جرح كرامته`), a
/// goal is "threatened" (`هدد مرمى`).
const FIGURATIVE_OBJECTS: &[&str] = &[
    "أزمة",
    "الأزمة",
    "أزمات",
    "الأزمات",
    "خلاف",
    "خلافا",
    "الخلاف",
    "الخلافات",
    "جدل",
    "جدلا",
    "الجدل",
    "غضب",
    "غضبا",
    "الغضب",
    "فضيحة",
    "الفضيحة",
    "مفاجأة",
    "المفاجأة",
    "الأضواء",
    "الأنظار",
    "القلوب",
    "الاهتمام",
    "اعترافات",
    "اعترافا",
    "الاعترافات",
    "اعتراف",
    "الاعتراف",
    "الإثباتات",
    "إثباتات",
    "اللقب",
    "لقب",
    "الفوز",
    "فوزا",
    "البطولة",
    "الصدارة",
    "موعدا",
    "مثلا",
    "المثل",
    "الرقم",
    "رقما",
    "كرامة",
    "كرامته",
    "كرامتها",
    "كرامتهم",
    "مشاعر",
    "المشاعر",
    // A goal a side threatens or attacks in a match (`هدد مرمى الفريق`), and extinction a
    // species is threatened with (`مهددة بالانقراض`).
    "مرمى",
    "المرمى",
    "بالانقراض",
];

/// How many words after a verb of violence its abstract object may stand when no named
/// subject is found between them.
const OBJECT_REACH: usize = 3;

/// Words of play in a football match (as written): its ball, goal, net, half, kicks and
/// shots. Not the match itself (fans fight at one), nor هدف (also an attack's target).
const MATCH_WORDS: &[&str] =
    &["الكرة", "المرمى", "مرمى", "الشباك", "الشوط", "ركلة", "ركلات", "تسديدة", "تسديدات"];

/// Goods that explosives or missiles are listed with when they are stock, not shots: `أسلحة
/// وذخيرة ومتفجرات`.
const MUNITIONS: &[&str] =
    &["أسلحة", "الأسلحة", "سلاح", "السلاح", "ذخيرة", "الذخيرة", "ذخائر", "الذخائر", "عتاد", "العتاد"];

/// Heads before which explosives or missiles are a field, a stock or a deployment: `خبير في
/// مجال المتفجرات`، `كميات من المتفجرات`، `تهريب متفجرات`، `نشر الصواريخ`.
const MATERIAL_HEADS: &[&str] = &[
    "مجال",
    "خبير",
    "خبراء",
    "خبرة",
    "كمية",
    "كميات",
    "تهريب",
    "مخزن",
    "مخازن",
    "مخزون",
    "مخزونات",
    "مصنع",
    "مصانع",
    // A ban (`اتفاقية حظر الأسلحة الكيميائية`) names the weapons, not their use.
    "حظر",
    "مستودع",
    "مستودعات",
    "حيازة",
    "تصنيع",
    "صناعة",
    "نشر",
    "نصب",
    "تخزين",
    "امتلاك",
    // Weapons made, sold or held as a programme (`تطوير الصواريخ الباليستية`، `صفقة صواريخ`).
    "تطوير",
    "إنتاج",
    "برنامج",
    "برامج",
    "ترسانة",
    "شحنة",
    "شحنات",
    "صفقة",
    "صفقات",
    "منظومة",
    "منظومات",
];

/// Folds a list once, with the text's own folding.
fn folded(list: &'static [&'static str], cell: &'static OnceLock<Vec<String>>) -> &'static [String] {
    cell.get_or_init(|| list.iter().map(|w| marsad_text::fold::fold_key(w)).collect())
}

fn in_list(key: &str, list: &'static [&'static str], cell: &'static OnceLock<Vec<String>>) -> bool {
    !key.is_empty() && folded(list, cell).iter().any(|w| w == key)
}

/// The folded word at `at` without a leading conjunction و (`ومنذ` → `منذ`).
fn bare_key<'d>(doc: &'d Doc, at: usize) -> &'d str {
    let key = doc.key(at);
    key.strip_prefix('و').filter(|rest| rest.chars().count() >= 2).unwrap_or(key)
}

/// `منذ اعتداءات 11 سبتمبر`، `في ذكرى اغتيال الحريري`، `الذكرى الثالثة لمذبحة`: an event
/// noun that dates or recalls what the sentence is about.
pub(crate) fn is_time_reference(doc: &Doc, found: &CueMatch) -> bool {
    static ANCHORS: OnceLock<Vec<String>> = OnceLock::new();
    static RECALLS: OnceLock<Vec<String>> = OnceLock::new();
    let Some(before) = found.first_token.checked_sub(1) else { return false };
    let before_key = bare_key(doc, before);
    let bare = !found.proclitics.preposition && !found.proclitics.conjunction;
    if bare && (in_list(before_key, TIME_ANCHORS, &ANCHORS) || in_list(before_key, RECALL_HEADS, &RECALLS)) {
        return true;
    }
    // `الذكرى الثالثة لاغتيال`: the act after ل, its anniversary a few words before.
    let after_la = doc.has_glued_preposition(found, 'ل');
    let clause_start = doc.clause_of(found.first_token).start;
    after_la
        && (clause_start.max(found.first_token.saturating_sub(RECALL_REACH))..found.first_token)
            .any(|at| in_list(bare_key(doc, at), RECALL_HEADS, &RECALLS))
}

/// `فجرا الأزمة`، `خطفت الأضواء`، `جرح كرامته`، `الاعترافات التي انتزعت`: a verb of violence
/// whose object, right after it (or after its named subject), or whose antecedent before a
/// relative pronoun is an abstract thing.
pub(crate) fn has_figurative_object(doc: &Doc, found: &CueMatch, object_from: usize) -> bool {
    static OBJECTS: OnceLock<Vec<String>> = OnceLock::new();
    let figurative = |at: usize| in_list(bare_key(doc, at), FIGURATIVE_OBJECTS, &OBJECTS);
    // The object follows the verb, or its subject: a name (`object_from` is past it) or a
    // noun and its adjective no mention covers (`خطفت الممثلة الشابة الأضواء`).
    let clause_end = doc.clause_of(found.first_token).end;
    let reach = (found.last_token + 1 + OBJECT_REACH).max(object_from + 1).min(clause_end);
    let object = (found.last_token + 1..reach).any(figurative);
    let antecedent = found.first_token.checked_sub(2).is_some_and(|at| {
        crate::grammar::is_relative_pronoun(doc.key(at + 1))
            && found.proclitics.letters == 0
            && figurative(at)
    });
    object || antecedent
}

/// `وواصل الأهلي هجومه ونجح لاعبه بتسجيل الهدف من تسديدة`، `ليخطفها ويسددها خارج المرمى`: a
/// word of the act in a sentence about play in a match ([`MATCH_WORDS`]) tells of the game.
pub(crate) fn is_play_in_a_match(doc: &Doc, found: &CueMatch) -> bool {
    doc.sentence_of(found.first_token).is_some_and(|sentence| doc.tells_of_play(sentence))
}

/// Whether the word at `at` is one of play in a match ([`MATCH_WORDS`]), a leading و aside.
pub(crate) fn is_match_word(doc: &Doc, at: usize) -> bool {
    static WORDS: OnceLock<Vec<String>> = OnceLock::new();
    in_list(bare_key(doc, at), MATCH_WORDS, &WORDS)
}

/// `أسلحة وذخيرة ومتفجرات`، `المتخصصين في مجال المتفجرات`، `كميات من المتفجرات`، `نشر
/// الصواريخ`: explosives or missiles listed with other munitions or after a head of a field,
/// a stock or a deployment are things someone has or places, not an act.
pub(crate) fn is_materiel(doc: &Doc, found: &CueMatch) -> bool {
    static GOODS: OnceLock<Vec<String>> = OnceLock::new();
    static HEADS: OnceLock<Vec<String>> = OnceLock::new();
    let Some(mut before) = found.first_token.checked_sub(1) else { return false };
    if found.proclitics.conjunction {
        return in_list(bare_key(doc, before), MUNITIONS, &GOODS);
    }
    // `كميات من المتفجرات`، `خبير في الأسلحة الكيميائية`: past a partitive من or the في of
    // a field.
    if !found.proclitics.preposition {
        if matches!(doc.key(before), "من" | "في") {
            let Some(head) = before.checked_sub(1) else { return false };
            before = head;
        }
        // `تطوير إيران الصواريخ`: past the maker named between.
        if let Some(maker) = doc.mention_at(before).and_then(|m| doc.first_token_of(m)) {
            let Some(head) = maker.checked_sub(1) else { return false };
            before = head;
        }
        // The head may carry a glued preposition (`مرتبطة ببرنامج الأسلحة الكيماوية`).
        // Its pronoun aside too (`مخزونها من الأسلحة الكيماوية`).
        let head = bare_key(doc, before);
        let glued_off = head.strip_prefix(['ب', 'ل']).filter(|rest| rest.chars().count() >= 3);
        let listed_as = |key: &str| in_list(key, MATERIAL_HEADS, &HEADS) || in_list(key, MUNITIONS, &GOODS);
        let listed = |key: &str| {
            let own = key
                .strip_suffix("ها")
                .or_else(|| key.strip_suffix('ه'))
                .filter(|rest| rest.chars().count() >= 3);
            listed_as(key) || own.is_some_and(listed_as)
        };
        return listed(head) || glued_off.is_some_and(listed);
    }
    false
}

/// Adjectives that make an attack one of words: `هجوما لاذعا`، `هجوم حاد`، `هجوما كلاميا`،
/// `حملة إعلامية`. Left out: `عنيف` and `شرس`, said as often of fighting.
const SPEECH_ADJECTIVES: &[&str] = &[
    "لاذع",
    "لاذعا",
    "اللاذع",
    "لاذعة",
    "اللاذعة",
    "حاد",
    "حادا",
    "الحاد",
    "حادة",
    "الحادة",
    "كلامي",
    "كلاميا",
    "الكلامي",
    "كلامية",
    "الكلامية",
    "إعلامي",
    "إعلاميا",
    "الإعلامي",
    "إعلامية",
    "الإعلامية",
];

/// `شن هجوما لاذعا على الحكومة`، `الهجوم الحاد على الوزير`: an attack noun with an adjective
/// of speech right after it is a verbal attack, not a use of force.
pub(crate) fn is_attack_in_words(doc: &Doc, found: &CueMatch) -> bool {
    static ADJECTIVES: OnceLock<Vec<String>> = OnceLock::new();
    let clause_end = doc.clause_of(found.first_token).end;
    let next = found.last_token + 1;
    next < clause_end && in_list(doc.key(next), SPEECH_ADJECTIVES, &ADJECTIVES)
}

/// Words of a year (`في العام 2006`، `خلال العام الماضي`، `طوال السنة`).
const YEAR_WORDS: &[&str] = &["العام", "عام", "السنة", "سنة"];

/// Prepositions that make a year the span acts are counted over.
const SPAN_PREPOSITIONS: &[&str] = &["في", "خلال", "طوال", "طيلة", "منذ"];

/// How far after a counted act the year it is counted over may stand (`140 هجوما انتحاريا
/// في أنحاء البلاد في العام 2006`).
const YEAR_REACH: usize = 8;

/// `140 هجوما انتحاريا في العام 2006`، `199 هجوما للقراصنة خلال العام الماضي`: a counted act
/// (the count is checked by the caller) with a whole year after it in its clause is a
/// statistic over that year.
pub(crate) fn is_count_over_a_year(doc: &Doc, found: &CueMatch) -> bool {
    static YEARS: OnceLock<Vec<String>> = OnceLock::new();
    static SPANS: OnceLock<Vec<String>> = OnceLock::new();
    let clause_end = doc.clause_of(found.first_token).end;
    let to = clause_end.min(found.last_token + 1 + YEAR_REACH);
    (found.last_token + 1..to).any(|at| {
        in_list(doc.key(at), YEAR_WORDS, &YEARS)
            && at.checked_sub(1).is_some_and(|p| in_list(bare_key(doc, p), SPAN_PREPOSITIONS, &SPANS))
    })
}
