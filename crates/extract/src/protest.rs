//! Protest words that name no protest the sentence reports.
//!
//! A word of protest often stands in a sentence about something else:
//! - a protest pointed back to with a demonstrative (`هذه التظاهرة`، `تلك الاحتجاجات`) is one
//!   already told of; the sentence tells more of it (its cause, its size), not a new one;
//! - a gathering of fighters (`تجمع لعناصر الميليشيا`، `تجمعات المسلحين`) is a concentration
//!   of forces, not a rally;
//! - `علاقة تجمع بينهما` brings two together, like `تجمع بين`.
//!
//! A protest that is the scene of an act of force (`قتلوا بنيران الجيش خلال مظاهرات`) did
//! happen, but the doer of that act is not its actor.
//!
//! Each test looks only at the words next to the trigger; the lists are folded keys
//! ([`marsad_text::fold::fold_key`]).

use marsad_lexicon::cues::{CueRole, WordClass};
use marsad_lexicon::CueMatch;
use marsad_model::MentionInfo;

use crate::doc::Doc;

/// Whether the trigger `found`, read as a word of class `class` (`alone` when no support verb
/// carries it), is a word of protest that names no protest its sentence reports.
pub(crate) fn is_no_protest(doc: &Doc, found: &CueMatch, class: WordClass, alone: bool) -> bool {
    let protest = doc.cue_entries(found).any(|entry| {
        entry.class == class && matches!(entry.role, CueRole::Trigger { event_type: "PROTEST", .. })
    });
    if !protest {
        return false;
    }
    let nominal = matches!(class, WordClass::Noun | WordClass::Participle);
    (nominal && points_back(doc, found))
        || gathers_fighters(doc, found)
        || (alone && brings_two_together(doc, found))
}

/// Demonstratives, folded, as written alone or after one glued و، ف، ب or ل.
const DEMONSTRATIVES: &[&str] = &["هذا", "هذه", "ذلك", "تلك", "هاتين", "هاتان", "هولاء", "اولايك"];

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

fn is_demonstrative(key: &str) -> bool {
    DEMONSTRATIVES.contains(&key)
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

/// Words before a protest noun that make it the scene of what its clause tells (folded):
/// `قتلوا خلال مظاهرات`، `قتل في الاحتجاجات`، `وسط احتجاجات`.
const SCENE_WORDS: &[&str] = &["في", "خلال", "اثناء", "ابان", "وسط"];

/// `قتل 115 فلسطينيا بنيران الجيش الإسرائيلي خلال مظاهرات`، `قتلت القوات 122 فلسطينيا في
/// الاحتجاجات`: a protest that is the scene of an act of force or arrest told before it in
/// its clause happened, but the doer of that act is not the protest's: the protesters are,
/// unnamed (they are often its victims).
pub(crate) fn is_met_by_force(doc: &Doc, found: &CueMatch, event_type: &str) -> bool {
    let Some(before) = found.first_token.checked_sub(1) else { return false };
    if event_type != "PROTEST" || !SCENE_WORDS.contains(&doc.key(before)) {
        return false;
    }
    let clause_start = doc.clause_of(found.first_token).start;
    doc.cues_in(clause_start..before).iter().any(|other| {
        other.last_token < before
            && matches!(crate::events::act_type_of(doc, other), Some("ASSAULT" | "COERCE"))
    })
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_word_lists_are_folded() {
        crate::grammar::assert_all_folded(&[
            ("DEMONSTRATIVES", super::DEMONSTRATIVES),
            ("GATHERING_STEMS", super::GATHERING_STEMS),
            ("FIGHTERS", super::FIGHTERS),
            ("RETIRED", super::RETIRED),
            ("SCENE_WORDS", super::SCENE_WORDS),
        ]);
    }
}
