//! Transfers of people. The verbs and nouns of moving people out or along (`أخلى`،
//! `اصطحب`، `أخرج`، `نقل`، `أجلى`) name an evacuation or a transport done for another actor
//! (AID) only when what they move is people: a group's leaders, members or fighters
//! (`تخلي قياديين من التنظيم`، `اصطحاب عدد من قادة داعش`), civilians, the wounded, families,
//! a count of persons (`أجلت السلطات 3100 شخص`), or someone moved somewhere (`نقله إلى
//! المستشفى`). Everything else the same letters write is no event: places vacated (`أخلى
//! مواقعه`), a film directed (`من إخراج`), an embassy or money moved (`نقل سفارتها`), a
//! leap (`نقلة نوعية`), giving up (`التخلي عن`), and the homographs of أجلى — postponed
//! (`أجّلت الحكومة تطبيق`), manifested (`تجلّى`), later (`آجلاً`).

use marsad_lexicon::cues::{CueRole, WordClass};
use marsad_lexicon::CueMatch;
use marsad_text::token::TokenKind;

use crate::doc::Doc;
use crate::grammar::is_force_head;

/// Modes of the triggers that move people.
const TRANSFER_MODES: &[&str] = &["evacuate", "transport"];

/// Words that count or pick out some of the people moved (`عدد من`، `بعض`، `مئات من`).
const QUANTIFIERS: &[&str] = &[
    "عدد",
    "عددا",
    "من",
    "بعض",
    "لبعض",
    "ميات",
    "الميات",
    "عشرات",
    "العشرات",
    "الاف",
    "العديد",
    "كبار",
    "ابرز",
];

/// How many counting words may stand between the verb and the people it moves.
const QUANTIFIER_WORDS: usize = 3;

/// People moved for their own sake: civilians, the hurt, families, nationals, persons.
const PEOPLE_NOUNS: &[&str] = &[
    "المدنيين",
    "مدنيين",
    "مدنيا",
    "مدني",
    "الجرحي",
    "جرحي",
    "المصابين",
    "مصابين",
    "المرضي",
    "مرضي",
    "العالقين",
    "المحاصرين",
    "السكان",
    "الاهالي",
    "اهالي",
    "الاطفال",
    "اطفال",
    "النساء",
    "نساء",
    "العايلات",
    "عايلات",
    "عايله",
    "الاسر",
    "اسر",
    "رعايا",
    "الرعايا",
    "رعاياها",
    "رعاياه",
    "مواطنيها",
    "مواطنيه",
    "المواطنين",
    "مواطنين",
    "شخص",
    "شخصا",
    "اشخاص",
    "الاشخاص",
    "الموظفين",
    "موظفي",
    "موظفين",
    "الدبلوماسيين",
    "اللاجيين",
    "لاجيين",
    "النازحين",
    "نازحين",
    "الرهاين",
    "رهاين",
    "الناجين",
];

/// Nouns for a group's people that need the group named after them (`قادة داعش`).
const MEMBER_NOUNS: &[&str] = &[
    "قاده",
    "قيادات",
    "قياديين",
    "قياديي",
    "قيادي",
    "قياديا",
    "عناصر",
    "عنصرا",
    "مقاتلين",
    "مقاتلي",
    "اعضاء",
    "امراء",
    "امير",
    "مجموعات",
    "مجموعه",
    "فلول",
    "بقايا",
];

/// Nouns for people who are a group's fighters by the word itself (`إرهابيين`، `مسلحي`).
const FIGHTER_NOUNS: &[&str] = &[
    "ارهابيين",
    "ارهابيي",
    "الارهابيين",
    "مسلحين",
    "مسلحي",
    "المسلحين",
    "متزعمين",
    "متزعمي",
    "مرتزقه",
    "دواعش",
    "جهاديين",
    "جهاديي",
    "الجهاديين",
];

/// How far after a member noun its group may be named (`قياديين من التنظيم`).
const GROUP_REACH: usize = 3;

/// Words after a member noun that make its people a group's: a definite noun standing for a
/// group named before (`من التنظيم`) or an adjective (`مجموعات إرهابية`).
const GROUP_WORDS: &[&str] =
    &["التنظيم", "الجماعه", "الفصيل", "الميليشيا", "المليشيا", "ارهابيه", "الارهابيه", "مسلحه", "المسلحه"];

/// Object pronouns a verb or noun of moving may carry (`نقله`، `إخراجهم`).
const OBJECT_PRONOUNS: &[&str] = &["هما", "هم", "ها", "ه"];

/// Words that name where someone is moved (`نقله إلى المستشفى`).
const DESTINATION_WORDS: &[&str] = &["الي", "نحو", "باتجاه"];

/// How far after a verb with an object pronoun its destination may stand.
const DESTINATION_REACH: usize = 3;

/// True for a verb or noun of moving people that moves nobody: no event.
pub(crate) fn is_transfer_of_nobody(doc: &Doc, found: &CueMatch) -> bool {
    is_transfer(doc, found) && !moves_people(doc, found)
}

/// True for a one-word trigger of moving people that needs its object checked: the weak
/// ones, and the verbs of the strong (أجلى shares its letters with أجّل, postponed); the
/// noun إجلاء and phrases that name the people (`نقل الجرحى`) need no check.
fn is_transfer(doc: &Doc, found: &CueMatch) -> bool {
    found.first_token == found.last_token
        && doc.split_rest(found.first_token).is_none()
        && doc.cue_entries(found).any(|cue| match cue.role {
            CueRole::Trigger { mode, strong, .. } => {
                TRANSFER_MODES.contains(&mode)
                    && (!strong || matches!(cue.class, WordClass::Past | WordClass::Present))
            }
            _ => false,
        })
}

/// Whether the trigger moves people: named after it (past its subject and a count), before
/// it as the subject of a passive (`3100 شخص أجلوا`), or as its object pronoun with where
/// they go (`نقله إلى`).
fn moves_people(doc: &Doc, found: &CueMatch) -> bool {
    let end = doc.reach_over_quoted_names(doc.clause_of(found.last_token).end);
    let object = past_subject(doc, found.last_token + 1);
    let mut at = object;
    while at < end && at - object < QUANTIFIER_WORDS && is_quantifier(doc, at) {
        at += 1;
    }
    let people_after = at < end && names_people(doc, at, end);
    let people_before = (found.first_token.saturating_sub(2)..found.first_token)
        .any(|t| doc.sentence_of(t) == doc.sentence_of(found.first_token) && names_people(doc, t, end));
    people_after || people_before || moves_someone_somewhere(doc, found, end)
}

/// True when token `at` names people: civilians or persons, a group's fighters, or a
/// group's members with the group named after them.
fn names_people(doc: &Doc, at: usize, end: usize) -> bool {
    let noun = doc.key(at);
    PEOPLE_NOUNS.contains(&noun)
        || FIGHTER_NOUNS.contains(&noun)
        || (MEMBER_NOUNS.contains(&noun) && names_a_group_after(doc, at, end))
}

/// True for a trigger carrying an object pronoun with a destination after it (`نقلها إلى
/// مناطق أخرى`): someone already named is moved somewhere.
fn moves_someone_somewhere(doc: &Doc, found: &CueMatch, end: usize) -> bool {
    // A feminine ة folds onto the pronoun ه: `نقلة` (a leap) carries none. Someone taken
    // along somewhere (`تصطحبها إلى`) is company, not a transfer.
    let word = doc.key(found.last_token);
    let has_pronoun = !doc.raw(found.last_token).ends_with('ة')
        && !word.contains("صطحب")
        && OBJECT_PRONOUNS.iter().any(|p| word.strip_suffix(p).is_some_and(|base| base.chars().count() >= 3));
    has_pronoun
        && (found.last_token + 1..(found.last_token + 1 + DESTINATION_REACH).min(end))
            .any(|t| DESTINATION_WORDS.contains(&doc.key(t)))
}

/// The token after a subject right after the verb (verb, subject, object): a named actor
/// (`تخلي قوات التحالف قياديين`) or a force noun with its adjective (`أخرجت القوات الروسية
/// مئات`); `at` itself when none is there.
fn past_subject(doc: &Doc, at: usize) -> usize {
    let subject = doc.mention_at(at).filter(|&m| doc.first_token_of(m) == Some(at) && doc.is_actor(m));
    if let Some(last) = subject.and_then(|m| doc.last_token_of(m)) {
        return last + 1;
    }
    let key = doc.key(at);
    if !is_force_head(key.strip_prefix("ال").unwrap_or(key)) {
        return at;
    }
    let adjective = doc.key(at + 1).starts_with("ال") && !names_people(doc, at + 1, at + 2);
    at + 1 + usize::from(adjective)
}

/// True for a counting word or a number.
fn is_quantifier(doc: &Doc, at: usize) -> bool {
    QUANTIFIERS.contains(&doc.key(at)) || doc.tokens.get(at).is_some_and(|t| t.kind == TokenKind::Number)
}

/// True when an armed group, by name or as `التنظيم`, follows token `at` closely (over
/// quotes and `من`).
fn names_a_group_after(doc: &Doc, at: usize, end: usize) -> bool {
    (at + 1..(at + 1 + GROUP_REACH).min(end)).any(|t| {
        GROUP_WORDS.contains(&doc.key(t))
            || doc.mention_at(t).is_some_and(|m| doc.actor_type(m) == Some("armed_group"))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_listed_word_is_written_as_its_folded_key() {
        crate::grammar::assert_all_folded(&[
            ("QUANTIFIERS", QUANTIFIERS),
            ("PEOPLE_NOUNS", PEOPLE_NOUNS),
            ("MEMBER_NOUNS", MEMBER_NOUNS),
            ("FIGHTER_NOUNS", FIGHTER_NOUNS),
            ("GROUP_WORDS", GROUP_WORDS),
            ("OBJECT_PRONOUNS", OBJECT_PRONOUNS),
            ("DESTINATION_WORDS", DESTINATION_WORDS),
        ]);
    }
}
