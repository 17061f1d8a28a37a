//! Protest words that name no protest the sentence reports.
//!
//! A word of protest often stands in a sentence about something else:
//! - a protest pointed back to with a demonstrative (`هذه التظاهرة`، `تلك الاحتجاجات`) is one
//!   already told of; the sentence tells more of it (its cause, its size), not a new one;
//! - a protest named as where or during what someone was killed, hurt or arrested (`مقتل 18
//!   شخصا في مظاهرة`، `اعتقل عشرات خلال الاحتجاجات`), as what the killed were victims of
//!   (`ضحايا المظاهرات`), or as what an act of force was done to (`طوقت الشرطة مظاهرة`،
//!   `قصفت المدفعية تجمعا`) is the background or the target of that act, which is what the
//!   sentence reports;
//! - a gathering of fighters (`تجمع لعناصر الميليشيا`، `تجمعات المسلحين`) is a concentration
//!   of forces, not a rally;
//! - `علاقة تجمع بينهما` brings two together, like `تجمع بين`.
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
        || (nominal && alone && is_background_of_force(doc, found))
        || (class == WordClass::Participle && alone && are_victims(doc, found))
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

/// Words that make the protest noun right after them the setting or the target of an act
/// before it: `في`، `خلال`، `أثناء`، `إبان`، `وسط` (where, during) and `على` (at whom).
const SETTING_WORDS: &[&str] = &["في", "خلال", "اثناء", "ابان", "وسط", "علي"];

/// Nouns whose complement is what they were the victims of (`ضحايا المظاهرات`).
const VICTIM_HEADS: &[&str] =
    &["ضحايا", "ضحيه", "قتلي", "جرحي", "مصابي", "شهدا", "الضحايا", "القتلي", "الجرحي", "الشهدا"];

/// How far before the setting word the act of force may stand, in tokens (`قتل نحو 18
/// شخصا من أبناء المدينة في مظاهرة`).
const FORCE_REACH: usize = 10;

/// `مقتل 18 شخصا في مظاهرة`، `أصيب خمسة شرطيين في مواجهات مع متظاهرين`، `أطلقت الشرطة
/// النار على تجمع`، `ضحايا المظاهرات`، `طوقت الشرطة مظاهرة`: a protest noun that is the
/// setting, the target or the cause of the victims of an act of force is what that act
/// happened at or was done to; the sentence reports the act, and the protest is background.
fn is_background_of_force(doc: &Doc, found: &CueMatch) -> bool {
    let Some(before) = found.first_token.checked_sub(1) else { return false };
    let key = doc.key(before);
    if VICTIM_HEADS.contains(&key.strip_prefix('و').unwrap_or(key)) {
        return true;
    }
    // In its clause: `بعد أيام على احتجاجات` after a comma is a date, not a target.
    let from = doc.clause_of(found.first_token).start.max(before.saturating_sub(FORCE_REACH));
    let set = SETTING_WORDS.contains(&key) && !found.proclitics.conjunction;
    (set && force_before(doc, from..before)) || is_object_of_force(doc, found)
}

/// Verbs of joining a protest (folded stems after و): `خرج الآلاف في مظاهرات` is the protest
/// itself, whatever act of force came before it.
const JOINING_VERBS: &[&str] =
    &["خرج", "يخرج", "نزل", "ينزل", "شارك", "يشارك", "انضم", "ينضم", "تظاهر", "يتظاهر"];

/// Whether the last cue in `tokens` is a trigger of ASSAULT or COERCE (violence, arrest,
/// dispersal) and no verb of joining a protest follows it there.
fn force_before(doc: &Doc, tokens: std::ops::Range<usize>) -> bool {
    let Some(last) = doc.cues_in(tokens.clone()).last() else { return false };
    let joins = |at: usize| {
        let key = doc.key(at);
        let bare = key.strip_prefix('و').unwrap_or(key);
        JOINING_VERBS.iter().any(|verb| bare.starts_with(verb))
    };
    names_force(doc, last, |_| true) && !(last.first_token..tokens.end).any(joins)
}

/// Whether `cue` can be read as a trigger of ASSAULT or COERCE of a word class `keep` allows.
fn names_force(doc: &Doc, cue: &CueMatch, keep: impl Fn(WordClass) -> bool) -> bool {
    doc.cue_entries(cue).any(|entry| {
        keep(entry.class)
            && matches!(entry.role, CueRole::Trigger { event_type, .. } if matches!(event_type, "ASSAULT" | "COERCE"))
    })
}

/// `وطوقت الشرطة مظاهرة`، `قصفت مدفعية الجيش تجمعا`: a protest noun (not a participle: a
/// count of protesters after a verb, `يحتل نحو عشرة متظاهرين`, is its subject) right after a
/// verb of force, or after such a verb and its named subject, is its object. A conjunct
/// (`اشتباكات ومظاهرات`) is an act beside it, not its object.
fn is_object_of_force(doc: &Doc, found: &CueMatch) -> bool {
    let noun = doc.cue_entries(found).any(|entry| entry.class == WordClass::Noun);
    if !noun || found.proclitics.conjunction || found.proclitics.preposition {
        return false;
    }
    let Some(mut at) = found.first_token.checked_sub(1) else { return false };
    let named = |at: usize| {
        doc.mention_at(at).is_some_and(|m| {
            !matches!(doc.mentions.get(m).map(|m| &m.info), Some(MentionInfo::Quantity { .. }))
        })
    };
    // Past the subject, a named one (`الشرطة`).
    while named(at) {
        let Some(prev) = at.checked_sub(1) else { return false };
        at = prev;
    }
    let verb = doc.cue_match_at(at).filter(|cue| cue.last_token == at);
    verb.is_some_and(|verb| {
        names_force(doc, verb, |class| matches!(class, WordClass::Past | WordClass::Present))
    })
}

/// Modes of harm whose verb, before a count of people, takes them as the ones harmed.
const HARM_MODES: &[&str] = &["killing", "massacre", "assassination", "abduction", "torture", "arrest"];

/// Words that count the people after them (folded): `آلاف`، `مئات`، `عشرات` and the `من` of
/// `12 من المتظاهرين`.
const COUNT_WORDS: &[&str] = &["من", "الاف", "ميات", "عشرات", "الالاف", "الميات", "العشرات"];

/// `وقتلت القوات 12 من المتظاهرين`، `اعتقلت الشرطة عشرات المتظاهرين`: protesters counted
/// right after a verb of killing or arrest are the ones it harmed, whatever its voice (a
/// clash's count, `اشتبك مئات المتظاهرين`, is its subject and stays).
fn are_victims(doc: &Doc, found: &CueMatch) -> bool {
    let mut at = found.first_token;
    loop {
        let Some(before) = at.checked_sub(1) else { return false };
        let counted = doc.mention_at(before).is_some_and(|m| {
            matches!(doc.mentions.get(m).map(|m| &m.info), Some(MentionInfo::Quantity { .. }))
        });
        if !(counted || COUNT_WORDS.contains(&doc.key(before))) {
            break;
        }
        at = before;
    }
    let Some(verb) = at.checked_sub(1).and_then(|t| doc.cue_match_at(t)) else { return false };
    at != found.first_token
        && doc.cue_entries(verb).any(|entry| {
            matches!(entry.class, WordClass::Past | WordClass::Present)
                && matches!(entry.role, CueRole::Trigger { mode, .. } if HARM_MODES.contains(&mode))
        })
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

#[cfg(test)]
mod tests {
    #[test]
    fn the_word_lists_are_folded() {
        crate::grammar::assert_all_folded(&[
            ("DEMONSTRATIVES", super::DEMONSTRATIVES),
            ("SETTING_WORDS", super::SETTING_WORDS),
            ("VICTIM_HEADS", super::VICTIM_HEADS),
            ("GATHERING_STEMS", super::GATHERING_STEMS),
            ("FIGHTERS", super::FIGHTERS),
            ("RETIRED", super::RETIRED),
            ("COUNT_WORDS", super::COUNT_WORDS),
            ("JOINING_VERBS", super::JOINING_VERBS),
        ]);
    }
}
