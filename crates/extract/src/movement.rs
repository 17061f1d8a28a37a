//! Movements of forces. A verb of arriving (`وصلت القوات`، `يصل رتل`، `وصول الجيش`) names
//! a deployment only when what arrives is a force: a named army, armed group or coalition,
//! or a force noun right after the verb (`وصلت قوات`). Anything else that arrives — a
//! delegation, a minister, a price, a count (`وصل عدد القتلى إلى`) — is no event.

use marsad_lexicon::cues::{CueRole, WordClass};
use marsad_lexicon::CueMatch;

use crate::doc::Doc;
use crate::grammar::is_force_head;

/// The listed forms of the verbs of arriving, folded: past, present and verbal noun.
const ARRIVAL_FORMS: &[&str] = &["وصل", "يصل", "وصول"];

/// Actor types that are forces: what arrives as one is deployed.
const FORCE_ACTOR_TYPES: &[&str] = &["state_military", "armed_group", "coalition"];

/// True for a verb or verbal noun of arriving whose subject is no force: no event.
pub(crate) fn is_arrival_of_no_force(doc: &Doc, found: &CueMatch) -> bool {
    is_arrival(doc, found) && !moves_a_force(doc, found)
}

/// True when a trigger match is a verb or verbal noun of arriving.
fn is_arrival(doc: &Doc, found: &CueMatch) -> bool {
    doc.cue_entries_folded(found).any(|(_, form, _)| ARRIVAL_FORMS.contains(&form))
}

/// Whether an arrival moves a force: a force is its subject, named or as a force noun,
/// right after the verb or noun (`وصلت القوات العراقية`، `وصول قوات`، `وصول الجيش`), or —
/// for a verb — named right before it (`القوات العراقية وصلت`). What arrives further off
/// may be anything (`جثث وصلت`، `الذين وصلوا`), and the adverb `وصولا إلى` (up to) and a
/// noun with a pronoun (`إعاقة وصولها`) move nothing. A reinforcement noun after the verb
/// (`وصلت تعزيزات`) is an event of its own, so the verb adds none.
fn moves_a_force(doc: &Doc, found: &CueMatch) -> bool {
    let next = found.last_token + 1;
    if is_reinforcement(doc, next) {
        return false;
    }
    let stem = doc.stem_of(found);
    let verbal = doc.cue_entries(found).any(|cue| matches!(cue.class, WordClass::Past | WordClass::Present));
    if !verbal && stem != "وصول" {
        return false;
    }
    let noun = doc.key(next).strip_prefix("ال").unwrap_or(doc.key(next));
    let before = found.first_token.checked_sub(1).and_then(|at| doc.mention_at(at));
    is_force_head(noun) || starts_a_force(doc, next) || (verbal && before.is_some_and(|m| is_force(doc, m)))
}

/// True when a force's name starts at token `at`.
fn starts_a_force(doc: &Doc, at: usize) -> bool {
    doc.mention_at(at).is_some_and(|m| doc.first_token_of(m) == Some(at) && is_force(doc, m))
}

/// True for an army, an armed group or a coalition.
fn is_force(doc: &Doc, mention: usize) -> bool {
    doc.actor_type(mention).is_some_and(|t| FORCE_ACTOR_TYPES.contains(&t))
}

/// True when the token at `at` starts a trigger of its own of the same kind (`تعزيزات`،
/// `رتل`): the movement is told by that noun.
fn is_reinforcement(doc: &Doc, at: usize) -> bool {
    doc.cue_match_at(at).is_some_and(|found| {
        found.first_token == at
            && doc
                .role_of(found, |role| match role {
                    CueRole::Trigger { event_type: "MOBILIZE", .. } => Some(()),
                    _ => None,
                })
                .is_some()
    })
}
