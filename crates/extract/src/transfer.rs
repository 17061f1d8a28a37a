//! Transfers of a group's people. The verbs of moving people out (`أخلى`، `يخلي`، `اصطحب`)
//! name an evacuation done for another actor (AID) only when what they move is the people
//! of an armed group: its leaders, members or fighters (`تخلي قياديين من التنظيم`،
//! `اصطحاب عدد من قادة داعش`). Anything else they take — positions and buildings vacated
//! (`أخلى مواقعه`), a delegation accompanied, `التخلي عن` (giving up) — is no event.

use marsad_lexicon::CueMatch;
use marsad_text::token::TokenKind;

use crate::doc::Doc;

/// The listed verbs and verbal nouns of moving people out, folded.
const TRANSFER_FORMS: &[&str] = &["اخلي", "يخلي", "اخلاء", "اصطحب", "يصطحب", "اصطحاب"];

/// Words that count or pick out some of the people moved (`عدد من`، `بعض`، `مئات من`).
const QUANTIFIERS: &[&str] = &[
    "عدد",
    "عددا",
    "من",
    "بعض",
    "لبعض",
    "مئات",
    "المئات",
    "عشرات",
    "العشرات",
    "الاف",
    "العديد",
    "كبار",
    "ابرز",
];

/// How many counting words may stand between the verb and the people it moves.
const QUANTIFIER_WORDS: usize = 3;

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
];

/// How far after a member noun its group may be named (`قياديين من التنظيم`).
const GROUP_REACH: usize = 3;

/// Definite nouns that stand for an armed group named before (`التنظيم`، `الجماعة`).
const GROUP_ANAPHORS: &[&str] = &["التنظيم", "الجماعه", "الفصيل", "الميليشيا", "المليشيا"];

/// True for a verb of moving people out whose object is no group's people: no event.
pub(crate) fn is_transfer_of_no_group(doc: &Doc, found: &CueMatch) -> bool {
    is_transfer(doc, found) && !moves_a_groups_people(doc, found)
}

/// True when a trigger match is one of the verbs or nouns of moving people out.
fn is_transfer(doc: &Doc, found: &CueMatch) -> bool {
    found.first_token == found.last_token
        && doc
            .cue_entries(found)
            .any(|cue| TRANSFER_FORMS.contains(&marsad_text::fold::fold_key(&cue.form).as_str()))
}

/// Whether the people the verb moves belong to an armed group: past a few counting words,
/// a fighters' noun, or a member noun with the group named (or referred to) right after.
fn moves_a_groups_people(doc: &Doc, found: &CueMatch) -> bool {
    let end = doc.reach_over_quoted_names(doc.clause_of(found.last_token).end);
    let mut at = past_subject(doc, found.last_token + 1);
    while at < end && at - found.last_token <= QUANTIFIER_WORDS && is_quantifier(doc, at) {
        at += 1;
    }
    if at >= end {
        return false;
    }
    let noun = doc.key(at);
    FIGHTER_NOUNS.contains(&noun) || (MEMBER_NOUNS.contains(&noun) && names_a_group_after(doc, at, end))
}

/// The token after a subject named right after the verb (`تخلي قوات التحالف قياديين`:
/// verb, subject, object), or `at` itself when none is.
fn past_subject(doc: &Doc, at: usize) -> usize {
    let subject = doc.mention_at(at).filter(|&m| doc.first_token_of(m) == Some(at) && doc.is_actor(m));
    subject.and_then(|m| doc.last_token_of(m)).map_or(at, |last| last + 1)
}

/// True for a counting word or a number.
fn is_quantifier(doc: &Doc, at: usize) -> bool {
    QUANTIFIERS.contains(&doc.key(at)) || doc.tokens.get(at).is_some_and(|t| t.kind == TokenKind::Number)
}

/// True when an armed group, by name or as `التنظيم`, follows token `at` closely (over
/// quotes and `من`).
fn names_a_group_after(doc: &Doc, at: usize, end: usize) -> bool {
    (at + 1..(at + 1 + GROUP_REACH).min(end)).any(|t| {
        GROUP_ANAPHORS.contains(&doc.key(t))
            || doc.mention_at(t).is_some_and(|m| doc.actor_type(m) == Some("armed_group"))
    })
}
