//! Protest words that name no protest the sentence reports.
//!
//! A word of protest often stands in a sentence about something else:
//! - a protest pointed back to with a demonstrative (`هذه التظاهرة`، `تلك الاحتجاجات`) is one
//!   already told of; the sentence tells more of it (its cause, its size), not a new one;
//! - a gathering of fighters (`تجمع لعناصر الميليشيا`، `تجمعات المسلحين`) is a concentration
//!   of forces, not a rally;
//! - `علاقة تجمع بينهما` brings two together, like `تجمع بين`;
//! - `استقال احتجاجا على الخطة`: the accusative of reason says why another act was done;
//! - `تجمع النجمين`، `التي تجمع الشعبين`: `تجمع` before a definite word naming no crowd
//!   brings together or collects;
//! - a crowd gathering, chanting or marching at a match, a celebration or a show is an
//!   audience or a festivity;
//! - a protest after `إلى` that a verb of calling leads to is called for.
//!
//! A protest that is the scene of an act of force (`قتلوا بنيران الجيش خلال مظاهرات`) did
//! happen, but the doer of that act is not its actor.
//!
//! Protesters introduced as the doers of what their clause tells (`أقدم متظاهرون على قطع
//! الطريق`، `واحرق متظاهرون محطة وقود`) report a protest when the article has told of none
//! before them; after one, and with the article (`وأغلق المتظاهرون الطريق`), they point back
//! to a protest told of.
//!
//! Each test looks only at the words next to the trigger (and, for protesters, at whether a
//! protest word stands before them in the article); the lists are folded keys
//! ([`marsad_text::fold::fold_key`]).

use marsad_lexicon::cues::{CueRole, WordClass};
use marsad_lexicon::CueMatch;
use marsad_model::MentionInfo;

use crate::doc::Doc;
use crate::grammar::is_demonstrative;

/// Whether the trigger `found`, read as a word of class `class` (`alone` when no support verb
/// carries it), is a word of protest that names no protest its sentence reports.
pub(crate) fn is_no_protest(doc: &Doc, found: &CueMatch, class: WordClass, alone: bool) -> bool {
    let protest = reads_as_protest(doc, found, |c| c == class);
    if !protest {
        return false;
    }
    let nominal = matches!(class, WordClass::Noun | WordClass::Participle);
    (is_street_verb(doc, found) && !takes_to_streets(doc, found))
        || (is_objection_expressed(doc, found) && !is_objection_stated(doc, found))
        || is_purpose_of_disapproval(doc, found)
        || (nominal && points_back(doc, found))
        || is_reason_of_act(doc, found)
        || gathers_fighters(doc, found)
        || (alone && brings_two_together(doc, found))
        || collects_things(doc, found)
        || is_called_for(doc, found)
        || is_festive_crowd(doc, found)
}

/// `استقال وزير الخارجية احتجاجا على الخطة`، `استدعت الوزارة السفير احتجاجاً على`،
/// `وتجمع آلاف المتظاهرين احتجاجا على الاحتلال`: the indefinite accusative `احتجاجا` says why
/// the act before it was done (a resignation, a summons, a gathering); it is no act of its
/// own (GUIDELINES §4: one event per trigger, the act that was done). When that act is a
/// protest, its own word (`تجمع`، `أضرب`) reports it. A count before it (`تعاملت مع 125
/// احتجاجا`) makes it the protests counted, and an adjective after it (`احتجاجا سلميا`) an
/// object, not a reason.
fn is_reason_of_act(doc: &Doc, found: &CueMatch) -> bool {
    let key = doc.key(found.first_token);
    let bare = key.strip_prefix(['و', 'ف']).filter(|rest| *rest == REASON_FORM).unwrap_or(key);
    let counted =
        found.first_token.checked_sub(1).is_some_and(|before| doc.counts_at(before) || doc.is_number(before));
    // The reason names what it answers (`احتجاجا على`، `احتجاجاً ضد`) or ends its clause;
    // an adjective after it (`قمعت الميليشيا احتجاجا سلميا`) makes it the object of a verb.
    let next = found.last_token + 1;
    let answers = doc.key(next).starts_with("علي")
        || doc.key(next) == "ضد"
        || next >= doc.clause_of(found.first_token).end;
    found.first_token == found.last_token && bare == REASON_FORM && !counted && answers
}

/// The accusative of reason of `احتجاج`, folded (`احتجاجاً` without its tanween).
const REASON_FORM: &str = "احتجاجا";

/// Demonstratives, folded, as written alone or after one glued و، ف، ب or ل.
/// `جرت هذه التظاهرة استجابة لدعوة`، `وتثير هذه المظاهرة المضادة تخوفا`: a definite protest
/// noun after a demonstrative is one the text has told of; told again, it is no new event.
/// (`وذلك احتجاجا على` is no such phrase: the noun is indefinite, the reason of an act.)
fn points_back(doc: &Doc, found: &CueMatch) -> bool {
    let Some(before) = found.first_token.checked_sub(1) else { return false };
    let key = doc.key(before);
    let bare = key.strip_prefix(['و', 'ف']).unwrap_or(key);
    let bare = bare.strip_prefix(['ب', 'ل']).filter(|rest| is_demonstrative(rest)).unwrap_or(bare);
    found.proclitics.article && is_demonstrative(bare)
}

/// The gathering words a concentration of fighters shares with a rally.
const GATHERING_STEMS: &[&str] = &["تجمع", "يتجمع", "احتشد", "يحتشد", "احتشاد"];

/// `قصفت المدفعية تجمعا لميليشيات الحوثي`، `تجمع عناصر تابعين للميليشيات`: a gathering whose
/// people, right after it (with or without ل), are fighters or an armed group is a
/// concentration of forces, not a protest. Former ones (`تجمع العسكريين المتقاعدين`) protest.
fn gathers_fighters(doc: &Doc, found: &CueMatch) -> bool {
    let stem = doc.stem_of(found);
    if found.first_token != found.last_token || !GATHERING_STEMS.iter().any(|g| stem.starts_with(g)) {
        return false;
    }
    let next = found.last_token + 1;
    let armed = doc.mention_at(next).is_some_and(|m| {
        matches!(
            doc.mentions.get(m).map(|m| &m.info),
            Some(MentionInfo::Actor { actor_type: Some(kind), .. })
                if matches!(kind.as_str(), "state_military" | "armed_group")
        )
    });
    let key = without_la(doc.key(next));
    let retired = RETIRED.contains(&doc.key(next + 1));
    !retired && (armed || FIGHTERS.contains(&key.as_str()) || crate::grammar::is_conflict_word(&key))
}

/// A folded word without a glued ل: `لعناصر` → `عناصر`, `للمسلحين` → `المسلحين`.
fn without_la(key: &str) -> String {
    if let Some(rest) = key.strip_prefix("لل") {
        format!("ال{rest}")
    } else {
        key.strip_prefix('ل').unwrap_or(key).to_string()
    }
}

/// People of armed groups named by a common noun (folded), with and without the article.
const FIGHTERS: &[&str] = &["عناصر", "العناصر", "عنصر", "مرتزقه", "المرتزقه"];

/// Words that make fighters former ones (`العسكريين المتقاعدين`).
const RETIRED: &[&str] = &["المتقاعدين", "متقاعدين", "المتقاعدون", "متقاعدون", "السابقين", "السابقون"];

/// `علاقة خاصة تجمع بينهما`، `التي تجمعهما`: the present of جمع with بين and a pronoun
/// brings two together, as with `بين` alone.
fn brings_two_together(doc: &Doc, found: &CueMatch) -> bool {
    let next = doc.key(found.last_token + 1);
    found.first_token == found.last_token && doc.stem_of(found).starts_with("تجمع") && next.starts_with("بين")
}

/// `وفي الحفلة الثانية تجمع النجمين`، `العلاقات التي تجمع الشعبين`، `وتجمع الإمارة معظم
/// إيراداتها`، `أماكن تجمع المدنيين`: `تجمع` right before a definite word that names no
/// gathering crowd is `تَجمَع` (brings together, collects) with its object or subject, or a
/// gathering of no protesters; no rally. A crowd gathers as a nominative plural (`تجمع
/// المتظاهرون`), a count (`تجمع الآلاف`), a people (`تجمع الأهالي`), or protesters
/// (`تجمع المتظاهرين`, the noun); `تجمع الجمعة` is a rally on a day.
fn collects_things(doc: &Doc, found: &CueMatch) -> bool {
    let stem = doc.after_conjunction(found);
    let next = found.last_token + 1;
    let key = doc.key(next);
    let raw = doc.raw(next);
    let crowd = raw.ends_with("ون")
        || crate::grammar::is_definite_protesters(key)
        || CROWDS.contains(&key)
        || crate::grammar::is_time_word(key);
    found.first_token == found.last_token && stem == "تجمع" && key.starts_with("ال") && !crowd
}

/// Definite words (folded) for a crowd that gathers: counts and peoples.
const CROWDS: &[&str] = &[
    "الاف",
    "الالاف",
    "الميات",
    "العشرات",
    "الاهالي",
    "السكان",
    "الناس",
    "الطلاب",
    "الطلبه",
    "العمال",
    "الشبان",
    "الانصار",
    "النشطاء",
    "الحشود",
    "الجماهير",
    "المواطنون",
    "المواطنين",
    "المعتصمون",
    "المعتصمين",
];

/// Protest words (folded, as listed) that a crowd shares with a celebration, a match or a show:
/// gathering, chanting, marching.
const CROWD_STEMS: &[&str] = &[
    "احتشد",
    "يحتشد",
    "احتشاد",
    "تجمع",
    "يتجمع",
    "هتف",
    "يهتف",
    "هتافات",
    "مسيره",
    "مسيرات",
    "نزل",
    "ينزل",
    "خرج",
    "يخرج",
];

/// Words (folded, after one glued و or ف and one glued ب or ل) of a celebration, a match
/// watched or a show.
const FESTIVE_WORDS: &[&str] = &[
    "احتفالا",
    "احتفال",
    "الاحتفال",
    "احتفالات",
    "الاحتفالات",
    "احتفل",
    "احتفلوا",
    "مشاهده",
    "حفل",
    "الحفل",
    "حفله",
    "الحفله",
    "حفلات",
    "الحفلات",
    "المسرح",
    "مسرح",
    "مهرجان",
    "المهرجان",
    "زفاف",
    "عرس",
    "ابتهاجا",
    "فرحا",
    "فرحين",
    "احتفاء",
];

/// `وفي باريس احتشد 90 ألفا قرب برج إيفل لمشاهدة المباراة`، `أصوات من المدرجات الخلفية
/// للمسرح تهتف مع صوت المطربة`، `مسيرة دراجات نارية لأنصار حزب الله احتفالا بفوز الثنائي`:
/// a crowd that gathers, chants or marches in a sentence about a match, a celebration or a
/// show is an audience or a festivity, not a protest. Words that only name a protest
/// (`تظاهرات`، `احتجاجات`) are not read so.
fn is_festive_crowd(doc: &Doc, found: &CueMatch) -> bool {
    let crowd_word = doc.cue_entries_folded(found).any(|(_, form, _)| CROWD_STEMS.contains(&form));
    if found.first_token != found.last_token || !crowd_word {
        return false;
    }
    let Some(sentence) = doc.sentence_of(found.first_token) else { return false };
    let range = doc.sentences.get(sentence).cloned().unwrap_or(0..0);
    doc.is_about_sport(sentence)
        || range.into_iter().any(|at| {
            let key = doc.key(at);
            let key = key.strip_prefix(['و', 'ف']).filter(|rest| rest.chars().count() > 2).unwrap_or(key);
            let bare = key.strip_prefix(['ب', 'ل']).filter(|rest| FESTIVE_WORDS.contains(rest));
            FESTIVE_WORDS.contains(&key) || bare.is_some()
        })
}

/// How far before `إلى` and the protest noun after it a verb of calling may stand, in tokens
/// (`ودعا صالح، في الخطاب الذي بثته قناة "اليمن اليوم" التابعة له، اليمنيين إلى انتفاضة`).
const CALL_REACH: usize = 16;

/// Words of calling (folded, with a glued و or ف where common).
const CALL_WORDS: &[&str] = &[
    "دعا",
    "ودعا",
    "فدعا",
    "دعت",
    "ودعت",
    "يدعو",
    "ويدعو",
    "تدعو",
    "وتدعو",
    "يدعون",
    "داعيا",
    "داعين",
    "داعون",
    "دعوه",
    "الدعوه",
    "دعوات",
    "الدعوات",
    "ناشد",
    "وناشد",
    "ناشدت",
    "وناشدت",
];

/// `ودعا صالح، في الخطاب الذي بثته قناة له، اليمنيين إلى انتفاضة شعبية`: a protest after
/// `إلى` that a verb of calling before it in its sentence leads to is called for, not done
/// (GUIDELINES §4: a call reports no act), even where commas around an aside cut the clause
/// a calling verb's modality reaches over.
fn is_called_for(doc: &Doc, found: &CueMatch) -> bool {
    let Some(before) = found.first_token.checked_sub(1) else { return false };
    let Some(sentence) = doc.sentence_of(found.first_token).and_then(|s| doc.sentences.get(s)) else {
        return false;
    };
    let from = sentence.start.max(before.saturating_sub(CALL_REACH));
    doc.key(before) == "الي" && (from..before).any(|at| CALL_WORDS.contains(&doc.key(at)))
}

/// Words before a protest noun that make it the scene of what its clause tells (folded):
/// `قتلوا خلال مظاهرات`، `قتل في الاحتجاجات`، `وسط احتجاجات`.
const SCENE_WORDS: &[&str] = &["في", "خلال", "اثناء", "ابان", "وسط"];

/// `قتل 115 فلسطينيا بنيران الجيش الإسرائيلي خلال مظاهرات`، `قتلت القوات 122 فلسطينيا في
/// الاحتجاجات`: a protest that is the scene of an act of force or arrest told before it in
/// its clause happened, but the doer of that act is not the protest's: the protesters are,
/// unnamed (they are often its victims).
pub(crate) fn is_met_by_force(doc: &Doc, found: &CueMatch, event_type: &str) -> bool {
    let Some(before) = found.first_token.checked_sub(1) else { return false };
    if event_type != "PROTEST" {
        return false;
    }
    if is_object_of_force(doc, found) || protesters_met_by_force(doc, found) {
        return true;
    }
    if !SCENE_WORDS.contains(&doc.key(before)) {
        return false;
    }
    let clause_start = doc.clause_of(found.first_token).start;
    doc.cues_in(clause_start..before).iter().any(|other| {
        other.last_token < before
            && matches!(crate::events::act_type_of(doc, other), Some("ASSAULT" | "COERCE"))
    })
}

/// Verbs (folded, after a glued و or ف) whose nominative subject is their victim when read
/// passive (`وقتل المتظاهرون`، `أصيب المحتجون`، `اعتقل المتظاهرون`): protesters after them
/// may be done to, not doing.
const PASSIVE_HARM_VERBS: &[&str] = &[
    "قتل",
    "اصيب",
    "جرح",
    "اعتقل",
    "ضرب",
    "احتجز",
    "اوقف",
    "فرق",
    "طرد",
    "اعدم",
    "خطف",
    "عذب",
    "سجن",
    "استهدف",
    "اعتدي",
    "قمع",
];

/// `أقدم امس متظاهرون غاضبون على قطع الطريق`، `واحرق متظاهرون ليلا محطة وقود`: protesters
/// in the indefinite nominative plural (`-ون`) are introduced as the subject of their clause:
/// they did something, so a protest took place, whatever the act (a clash, a fire, a road
/// blocked: GUIDELINES §4 counts an act reported to have happened), and they are the ones
/// taking part in it. They report it when no protest word stands before them in the
/// article; after one, their acts tell more of that protest. With the article (`وأغلق
/// المتظاهرون الطريق`) they are the protesters already told of (in an excerpt, before it):
/// their protest is reported where they were first named, not here. Not after a verb of
/// harm or arrest, whose nominative may be its victim (`قتل متظاهرون`، `اعتقل محتجون`).
///
/// Protesters first named as those force was used on (`وقمعت قوات الأمن المحتجين`، `أطلقت
/// الشرطة الغاز على المتظاهرين`, [`protesters_met_by_force`]) report their protest too: it
/// happened, or there was nothing to put down. After a crowd taking to the streets
/// (`خرج محتجون إلى الشوارع`) the verb reports it.
pub(crate) fn protesters_first_told(doc: &Doc, found: &CueMatch, class: WordClass) -> bool {
    let protester = class == WordClass::Participle && reads_as_protest(doc, found, |c| c == class);
    if !protester || protest_told_before(doc, found.first_token) || follows_street_verb(doc, found) {
        return false;
    }
    if protesters_met_by_force(doc, found) {
        return true;
    }
    let word = doc.text.get(found.start..found.end).unwrap_or("");
    let indefinite = word.ends_with("ون") && !found.proclitics.article;
    if !indefinite {
        return false;
    }
    let harmed = found.first_token.checked_sub(1).is_some_and(|before| {
        let key = doc.key(before);
        let bare = key.strip_prefix(['و', 'ف']).filter(|rest| PASSIVE_HARM_VERBS.contains(rest));
        PASSIVE_HARM_VERBS.contains(&key) || bare.is_some()
    });
    !harmed
}

/// Whether a protest word (of any class: `تظاهرة`، `تظاهر`، `المتظاهرين`) stands before token
/// `at` in the article: a protest the text has told of.
pub(crate) fn protest_told_before(doc: &Doc, at: usize) -> bool {
    doc.cues_in(0..at).iter().any(|cue| {
        cue.last_token < at
            && reads_as_protest(doc, cue, |_| true)
            && (!is_street_verb(doc, cue) || takes_to_streets(doc, cue))
    })
}

/// How far after a verb of force its object may stand, past the verb's subject, in tokens
/// (`وفرقت الشرطة التركية مظاهرة`، `قمعت ميليشيا الحوثي الانقلابية احتجاجا`).
const OBJECT_REACH: usize = 5;

/// `وفرقت الشرطة التركية مظاهرة في اسطنبول`، `قمعت ميليشيا الحوثي احتجاجا سلميا`: a protest
/// noun that is the object of a verb of force or arrest (the verb before it in its clause,
/// only its subject between, no preposition) was dispersed or put down: it happened, and the
/// verb's subject is the doer of that act, not the protest's (the protesters are, unnamed).
fn is_object_of_force(doc: &Doc, found: &CueMatch) -> bool {
    let nominal = reads_as_protest(doc, found, |c| c == WordClass::Noun);
    !found.proclitics.preposition && nominal && is_object_of_force_at(doc, found.first_token)
}

/// Whether the word at `object` is the object of a verb of force before it in its clause,
/// with only that verb's subject between ([`is_object_of_force`]).
fn is_object_of_force_at(doc: &Doc, object: usize) -> bool {
    let clause_start = doc.clause_of(object).start;
    let from = clause_start.max(object.saturating_sub(OBJECT_REACH));
    let Some(verb) = doc.cues_in(from..object).iter().rev().find(|other| other.last_token < object) else {
        return false;
    };
    let forceful = doc.cue_entries(verb).any(|entry| {
        matches!(entry.class, WordClass::Past | WordClass::Present)
            && matches!(entry.role, CueRole::Trigger { event_type: "ASSAULT" | "COERCE", .. })
    });
    // The verb's subject stands between (a noun right after the verb may be its subject:
    // `استهدفت التظاهرة النزول إلى الميدان`, the protest aimed at): a force named, or one of
    // the common nouns of police and troops.
    let between = verb.last_token + 1..object;
    let subject = doc.mention_at(between.start).is_some_and(|m| doc.is_actor(m))
        || ENFORCERS.contains(&doc.key(between.start));
    let plain = !between.clone().any(|at| {
        let key = doc.key(at);
        crate::grammar::is_preposition(key) || crate::grammar::is_complementizer(key) || doc.raw(at) == "،"
    });
    forceful && !between.is_empty() && subject && plain
}

/// Common nouns (folded) that name the police or troops as a verb's subject: `فرقت الشرطة`،
/// `قمعت قوات الأمن`، `طوقت عناصر الأمن`.
const ENFORCERS: &[&str] = &[
    "الشرطه",
    "شرطه",
    "قوات",
    "القوات",
    "قوي",
    "الامن",
    "الاجهزه",
    "اجهزه",
    "السلطات",
    "الجيش",
    "الجنود",
    "جنود",
    "عناصر",
    "رجال",
    "الحرس",
];

/// A count of people (folded) that makes a crowd: `خرج الآلاف في مسيرة`.
const CROWD_COUNTS: &[&str] = &["الاف", "الالاف", "ميات", "الميات", "عشرات", "العشرات", "الف", "مليون", "ملايين"];

/// How far before a protest noun a crowd counted in its clause may stand, in tokens.
const CROWD_REACH: usize = 4;

/// `وخرج الآلاف في مسيرة في عمان`، `شارك مئات الأردنيين في وقفة`: a protest noun after `في`
/// with a crowd counted just before it in its clause is one that crowd took part in: the
/// count anchors it as an event that happened, as a count right before it does (`آلاف
/// المتظاهرين`). So does a crowd taking to the streets (`واحتشدوا في الساحات`,
/// [`takes_to_streets`]): the streets place the gathering in this world.
pub(crate) fn crowd_takes_part(doc: &Doc, found: &CueMatch, class: WordClass) -> bool {
    if takes_to_streets(doc, found) {
        return true;
    }
    let Some(before) = found.first_token.checked_sub(1) else { return false };
    let protest = class == WordClass::Noun && reads_as_protest(doc, found, |c| c == class);
    if !protest || doc.key(before) != "في" {
        return false;
    }
    let from = doc.clause_of(found.first_token).start.max(before.saturating_sub(CROWD_REACH));
    (from..before).any(|at| CROWD_COUNTS.contains(&doc.key(at)) || doc.counts_at(at))
}

/// Kinds of actor that answer, report or are the aim of protests rather than protest.
const AUTHORITY_TYPES: &[&str] = &["state_military", "government", "igo", "coalition", "media"];

/// `وتشهد إيران احتجاجات`، `رفض الملقي سحب القانون الذي تسبب في احتجاجات` (the government
/// before)، `ألقت الشرطة الأميركية القبض على الممثلة خلال مظاهرة`: a state, a government, an
/// army or police, an international body or an outlet taken as a protest's actor (mostly as
/// its sentence's subject) is not its doer: they answer protests, see them or report them,
/// and a formal protest of a state is a disapproval, not a PROTEST. The protest still
/// happened (it keeps what anchored it), with its doers unnamed.
pub(crate) fn is_authority_before_protest(doc: &Doc, event_type: &str, actor: &[usize]) -> bool {
    event_type == "PROTEST"
        && !actor.is_empty()
        && actor.iter().all(|&m| {
            doc.stands_for_state(m) || doc.actor_type(m).is_some_and(|kind| AUTHORITY_TYPES.contains(&kind))
        })
}

/// Verbs (folded, as listed) of going down or out that name a protest only when a crowd
/// takes them to the streets: `نزل الآلاف إلى الشوارع`، `خرجوا إلى الساحات`.
const STREET_VERBS: &[&str] = &["نزل", "ينزل", "خرج", "يخرج"];

/// Public places a crowd takes to (folded, without the article): streets and squares.
const STREETS: &[&str] = &["شارع", "شوارع", "ساحه", "ساحات", "ميدان", "ميادين", "طرقات"];

/// Words (folded) after a street or square that make it a field of action, not a place:
/// `نزل إلى الساحة السياسية`، `خرج إلى ميدان المعركة` (the fighting words are asked apart).
const FIELDS: &[&str] = &[
    "السياسيه",
    "الدوليه",
    "الاعلاميه",
    "الفنيه",
    "الرياضيه",
    "الثقافيه",
    "الانتخابيه",
    "الاقليميه",
    "العربيه",
    "الدبلوماسيه",
];

/// Words (folded) for the people of a crowd, besides counts and the definite [`CROWDS`]:
/// `نزل أنصار التيار إلى الشارع`، `خرج أهالي البلدة إلى الشوارع`.
const PEOPLE: &[&str] = &[
    "انصار",
    "مناصرو",
    "مناصري",
    "مويدو",
    "مويدي",
    "حشود",
    "جماهير",
    "اهالي",
    "سكان",
    "طلاب",
    "طلبه",
    "شبان",
    "عمال",
    "نشطاء",
];

/// How far after a verb of going the streets may stand, its subject between (`نزل آلاف
/// العراقيين من أنصار التيار إلى الشوارع` is past it; `نزل آلاف العراقيين إلى الشوارع` is
/// not), in tokens.
const STREET_REACH: usize = 5;

/// Whether the match has a PROTEST reading of a word class that `class` admits.
fn reads_as_protest(doc: &Doc, found: &CueMatch, class: impl Fn(WordClass) -> bool) -> bool {
    doc.cue_entries(found).any(|entry| {
        class(entry.class) && matches!(entry.role, CueRole::Trigger { event_type: "PROTEST", .. })
    })
}

/// Whether the match is read as one of the [`STREET_VERBS`] alone.
fn is_street_verb(doc: &Doc, found: &CueMatch) -> bool {
    let mut protest = doc.cue_entries_folded(found).filter(|(entry, _, _)| {
        matches!(entry.role, CueRole::Trigger { event_type: "PROTEST", .. })
            && matches!(entry.class, WordClass::Past | WordClass::Present)
    });
    protest.next().is_some_and(|(_, form, _)| STREET_VERBS.contains(&form))
}

/// `ونزل الآلاف إلى الشوارع`، `نزلوا إلى الشارع`، `خرج المواطنون إلى شوارع المدينة`،
/// `واحتشدوا في الساحات`: a protest verb (a verb of going down or out, or of gathering) with
/// a crowd for its subject, followed in its clause by `إلى`، `في` or a glued ل and the streets
/// or squares, tells of people taking to the streets: a protest (GUIDELINES §4). The crowd is
/// the verb's plural (`نزلوا`), a count, a people (`الأهالي`، `أنصار`), a nominative plural
/// (`المواطنون`) or a party named; a person going out (`خرج الرجل إلى الشارع`), police or
/// officers (`كان ضباطه يخرجون إلى الشوارع`), a protest noun as subject (`خرجت مظاهرة`,
/// which reports itself) or a field of action (`الساحة السياسية`، `ساحة المعركة`) are not.
/// A verb of going out or down with protesters for its subject reports their protest
/// wherever it goes.
fn takes_to_streets(doc: &Doc, found: &CueMatch) -> bool {
    let verbal = reads_as_protest(doc, found, |c| matches!(c, WordClass::Past | WordClass::Present));
    if !verbal || found.first_token != found.last_token {
        return false;
    }
    // `كان ضباطه يخرجون إلى الشوارع`: police or officers right before the verb are its subject.
    if found.first_token.checked_sub(1).is_some_and(|before| is_enforcer(doc.key(before))) {
        return false;
    }
    let raw = doc.raw(found.first_token);
    let mut crowd = raw.ends_with("وا") || raw.ends_with("ون");
    let mut protesters = None;
    let mut counted = false;
    let end = doc.clause_of(found.first_token).end.min(found.last_token + 1 + STREET_REACH);
    for at in found.last_token + 1..end {
        let key = doc.key(at);
        let street = match key {
            "الي" | "في" => Some(is_street(doc, doc.key(at + 1), at + 1)),
            _ if key.starts_with('ل') && is_street(doc, &without_la(key), at) => Some(true),
            _ => None,
        };
        match street {
            Some(true) => {
                return crowd && (!is_street_verb(doc, found) || counted || has_a_cause(doc, found))
            }
            Some(false) => break,
            None => {}
        }
        let protest_word = doc.cue_match_at(at).and_then(|cue| {
            doc.cue_entries(cue)
                .find(|entry| matches!(entry.role, CueRole::Trigger { event_type: "PROTEST", .. }))
                .map(|entry| (cue, entry.class))
        });
        if let Some((cue, WordClass::Participle)) = protest_word {
            protesters = protesters.or(Some(cue));
        }
        if matches!(protest_word, Some((_, WordClass::Noun))) || is_enforcer(key) {
            return false;
        }
        if crate::grammar::is_preposition(key) || doc.is_comma(at) {
            break;
        }
        crowd |= is_crowd_at(doc, at);
        counted |= doc.counts_at(at) || CROWD_COUNTS.contains(&key);
    }
    // `وخرج متظاهرون من المساجد`، `نزل آلاف المحتجين`: going out or down, protesters tell
    // of their protest wherever they go; protesters with the article after a protest told
    // of (`وخرج المتظاهرون من الساحة`) point back to it.
    protesters.is_some_and(|cue| {
        let indefinite = doc.raw(cue.first_token).ends_with("ون") && !cue.proclitics.article;
        is_street_verb(doc, found) && (indefinite || !protest_told_before(doc, found.first_token))
    })
}

/// Event types (besides PROTEST) that name why a crowd went out: demands, condemnation,
/// refusal, backing (`مطالبين بإسقاط الحكومة`، `تنديدا بالقرار`، `رفضا للاتفاق`، `تأييدا`).
const CAUSES: &[&str] = &["PROTEST", "DEMAND", "DISAPPROVE", "REJECT", "SUPPORT"];

/// `وخرج المواطنون إلى شوارع المدينة` after a battle is life come back, `نزلوا إلى الشارع
/// للمطالبة بإسقاط الحكومة` a protest: going out to the streets is one when the crowd is
/// counted (`نزل الآلاف`, [`takes_to_streets`]) or its sentence says, after the verb, why or
/// how they went (a demand, a condemnation, a refusal, backing, a protest word:
/// `احتجاجا`، `هاتفين`).
fn has_a_cause(doc: &Doc, found: &CueMatch) -> bool {
    let Some(sentence) = doc.sentence_of(found.first_token).and_then(|s| doc.sentences.get(s)) else {
        return false;
    };
    doc.cues_in(found.last_token + 1..sentence.end).iter().any(|cue| {
        doc.cue_entries(cue).any(
            |entry| matches!(entry.role, CueRole::Trigger { event_type, .. } if CAUSES.contains(&event_type)),
        )
    })
}

/// Whether folded `key` names the police, troops or officers (`ضباطه`, with a pronoun).
fn is_enforcer(key: &str) -> bool {
    ENFORCERS.contains(&key) || key.starts_with("ضباط")
}

/// Whether folded `key` (at token `at`) names streets or squares, and no field of action
/// after it.
fn is_street(doc: &Doc, key: &str, at: usize) -> bool {
    let bare = key.strip_prefix("ال").unwrap_or(key);
    let next = doc.key(at + 1);
    STREETS.contains(&bare) && !FIELDS.contains(&next) && !crate::grammar::is_conflict_word(next)
}

/// Whether token `at`, in a verb's subject, names a crowd: a count, a people, a nominative
/// plural, protesters, or a party or movement named.
fn is_crowd_at(doc: &Doc, at: usize) -> bool {
    let key = doc.key(at);
    let party = doc.mention_at(at).is_some_and(|m| doc.actor_type(m) == Some("party"));
    doc.counts_at(at)
        || CROWD_COUNTS.contains(&key)
        || CROWDS.contains(&key)
        || PEOPLE.contains(&key)
        || crate::grammar::is_definite_protesters(key)
        || (doc.mention_at(at).is_none() && doc.raw(at).ends_with("ون"))
        || party
}

/// `خرج محتجون إلى الشوارع`: protesters right after a verb that takes them to the streets are
/// its subject; the verb reports their protest.
fn follows_street_verb(doc: &Doc, found: &CueMatch) -> bool {
    let verb = found.first_token.checked_sub(1).and_then(|before| doc.cue_match_at(before));
    verb.is_some_and(|verb| verb.last_token < found.first_token && takes_to_streets(doc, verb))
}

/// The protest words (folded, as listed) that also name a state's objection: `احتج`، `احتجاج`.
const OBJECTION_FORMS: &[&str] = &["احتج", "يحتج", "احتجاج"];

/// Whether the match is read as one of the [`OBJECTION_FORMS`].
fn is_objection_word(doc: &Doc, found: &CueMatch) -> bool {
    doc.cue_entries_folded(found).any(|(entry, form, _)| {
        matches!(entry.role, CueRole::Trigger { event_type: "PROTEST", .. })
            && OBJECTION_FORMS.contains(&form)
    })
}

/// Whether an objection (`احتج`، `احتجاج`) is a statement of disapproval (GUIDELINES §4,
/// DISAPPROVE), not people in the streets: a state's formal protest ([`is_formal_protest`]) or
/// a stance stated with a verb of expressing ([`is_objection_stated`]). The lexicon names the
/// formal protest where a phrase says so (`احتجاج رسمي`، `قدمت احتجاجا`).
pub(crate) fn is_disapproval(doc: &Doc, found: &CueMatch) -> bool {
    is_formal_protest(doc, found) || is_objection_stated(doc, found)
}

/// `واحتجت الحكومة العراقية لدى أنقرة`، `احتجاج فرنسا على التصريحات`: an objection whose
/// doer, right after its verb or noun, is a state, a government or an international body is
/// a formal protest. (The plural `احتجاجات إيران` is protests in Iran.)
fn is_formal_protest(doc: &Doc, found: &CueMatch) -> bool {
    let doer = doc.mention_at(found.last_token + 1);
    let official = doer
        .is_some_and(|m| doc.stands_for_state(m) || matches!(doc.actor_type(m), Some("government" | "igo")));
    official && is_objection_word(doc, found)
}

/// Words (folded) of expressing a stance: `أعرب عن`، `عبر عن`، `تعبيرا عن`.
const EXPRESSING: &[&str] = &[
    "اعرب",
    "اعربت",
    "اعربوا",
    "يعرب",
    "تعرب",
    "معربا",
    "معربه",
    "معربين",
    "عبر",
    "عبرت",
    "عبروا",
    "يعبر",
    "تعبر",
    "معبرا",
    "معبره",
    "معبرين",
    "تعبيرا",
];

/// How far before `عن` and the objection or support a word of expressing may stand, its
/// subject between, with an office and a name (`وأعربت وزارة الخارجية العراقية عن احتجاجها`،
/// `أعرب الزعيم الأعلى للثورة الإيرانية آية الله علي خامنئي عن دعمه`), in tokens.
const EXPRESSING_REACH: usize = 10;

/// `وأعربت الحكومة العراقية عن احتجاجها على القصف`، `أغلقوا محالهم تعبيرا عن احتجاجهم`: an
/// objection after `عن` and a word of expressing is a stance stated, or the reason of the act
/// before it (which, if a protest, its own word reports), as with `احتجاجا على`; no protest
/// of its own.
fn is_objection_expressed(doc: &Doc, found: &CueMatch) -> bool {
    is_objection_word(doc, found) && is_expressed(doc, found)
}

/// Whether the word at `found` follows `عن` and a word of expressing (`أعرب … عن`، `معبرا
/// عن`): a stance stated in words, not an act.
pub(crate) fn is_expressed(doc: &Doc, found: &CueMatch) -> bool {
    let Some(before) = found.first_token.checked_sub(1) else { return false };
    if doc.key(before) != "عن" {
        return false;
    }
    let from = doc.clause_of(found.first_token).start.max(before.saturating_sub(EXPRESSING_REACH));
    (from..before).any(|at| {
        let key = doc.key(at);
        let bare = key.strip_prefix(['و', 'ف']).filter(|rest| EXPRESSING.contains(rest));
        EXPRESSING.contains(&key) || bare.is_some()
    })
}

/// `وأعربت الحكومة العراقية عن احتجاجها`، `معربا عن احتجاجه`: an objection expressed by a
/// speaker with a verb or a participle is a stance stated; `تعبيرا عن احتجاجهم` (as an
/// expression of) gives the reason of the act before it instead.
fn is_objection_stated(doc: &Doc, found: &CueMatch) -> bool {
    let reason = found.first_token.checked_sub(2).is_some_and(|at| doc.key(at) == "تعبيرا");
    is_objection_expressed(doc, found) && !reason
}

/// `واستدعت وزارة الخارجية السفير الإسرائيلي للاحتجاج على`: an objection with a glued ل
/// after an act of disapproval or sanction in its clause (a summons, an envoy recalled) is
/// that act's purpose, told by its own trigger; no protest of its own.
fn is_purpose_of_disapproval(doc: &Doc, found: &CueMatch) -> bool {
    if !doc.has_glued_preposition(found, 'ل') || !is_objection_word(doc, found) {
        return false;
    }
    let clause_start = doc.clause_of(found.first_token).start;
    doc.cues_in(clause_start..found.first_token).iter().any(|other| {
        other.last_token < found.first_token
            && matches!(crate::events::act_type_of(doc, other), Some("DISAPPROVE" | "SANCTION"))
    })
}

/// How far before `على` or `ضد` and the protesters a word of force may stand (`أطلقت الشرطة
/// الغاز المسيل للدموع على المتظاهرين`), in tokens.
const FORCE_ON_REACH: usize = 8;

/// `وقمعت قوات الأمن المحتجين`، `واعتقلت الشرطة عشرات المتظاهرين`، `أطلقت الشرطة الغاز المسيل
/// للدموع على المتظاهرين`: protesters (past a count) who are the object of a verb of force
/// or arrest, its subject between, or after `على`/`ضد` following a word of force in their
/// clause, were put down, shot at or arrested: their protest happened (GUIDELINES §4), and
/// the forces are not its doers.
fn protesters_met_by_force(doc: &Doc, found: &CueMatch) -> bool {
    let protester = reads_as_protest(doc, found, |c| c == WordClass::Participle);
    if !protester || found.proclitics.preposition {
        return false;
    }
    let mut at = found.first_token;
    while let Some(before) = at.checked_sub(1) {
        let key = doc.key(before);
        if !(doc.counts_at(before) || CROWD_COUNTS.contains(&key) || key == "من") {
            break;
        }
        at = before;
    }
    let Some(before) = at.checked_sub(1) else { return false };
    if !matches!(doc.key(before), "علي" | "ضد") {
        return is_object_of_force_at(doc, at);
    }
    let from = doc.clause_of(before).start.max(before.saturating_sub(FORCE_ON_REACH));
    let cues = doc.cues_in(from..before);
    // `لم تطلق رصاصة على المتظاهرين`: a support verb before with no phrase or strong word of
    // force after it (`الرصاص الحي`، `بإطلاق النار`) may carry the protesters as its noun.
    let light = cues.iter().rposition(|cue| doc.cue_entries(cue).any(|e| matches!(e.role, CueRole::Light)));
    let carries_them = light.is_some_and(|at| {
        !cues.iter().skip(at + 1).any(|cue| {
            cue.last_token > cue.first_token
                || doc.cue_entries(cue).any(|e| matches!(e.role, CueRole::Trigger { strong: true, .. }))
        })
    });
    !carries_them
        && cues.iter().enumerate().any(|(i, other)| {
            // `أوامر بإطلاق النار على المتظاهرين`، `للسيطرة على المتظاهرين`: a force noun with a
            // glued ب or ل is what was ordered or meant, unless a support verb carries it
            // (`قامت الشرطة بإطلاق النار`).
            let carried = i
                .checked_sub(1)
                .and_then(|j| cues.get(j))
                .is_some_and(|cue| doc.cue_entries(cue).any(|e| matches!(e.role, CueRole::Light)));
            let meant = doc.has_glued_preposition(other, 'ب') || doc.has_glued_preposition(other, 'ل');
            other.last_token < before
                && (!meant || carried)
                && matches!(crate::events::act_type_of(doc, other), Some("ASSAULT" | "COERCE"))
        })
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_word_lists_are_folded() {
        crate::grammar::assert_all_folded(&[
            ("GATHERING_STEMS", super::GATHERING_STEMS),
            ("FIGHTERS", super::FIGHTERS),
            ("RETIRED", super::RETIRED),
            ("SCENE_WORDS", super::SCENE_WORDS),
            ("PASSIVE_HARM_VERBS", super::PASSIVE_HARM_VERBS),
            ("REASON_FORM", &[super::REASON_FORM]),
            ("CROWDS", super::CROWDS),
            ("CALL_WORDS", super::CALL_WORDS),
            ("CROWD_COUNTS", super::CROWD_COUNTS),
            ("ENFORCERS", super::ENFORCERS),
            ("CROWD_STEMS", super::CROWD_STEMS),
            ("FESTIVE_WORDS", super::FESTIVE_WORDS),
            ("STREET_VERBS", super::STREET_VERBS),
            ("STREETS", super::STREETS),
            ("FIELDS", super::FIELDS),
            ("PEOPLE", super::PEOPLE),
            ("OBJECTION_FORMS", super::OBJECTION_FORMS),
            ("EXPRESSING", super::EXPRESSING),
        ]);
    }
}
