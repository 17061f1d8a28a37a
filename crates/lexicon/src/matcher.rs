//! Finding lexicon names in a text: one Aho-Corasick automaton over the folded aliases of
//! every list, run over the folded view of the text.
//!
//! **Aliases and text are folded by the same function** ([`marsad_text::fold`]), so spelling
//! variants meet. A match counts only on word boundaries: it must end where a word ends, and
//! start where a word starts or right after the proclitics و ف ب ك ل that may be glued to a
//! name (`وبالرقة`, `لداعش`). An alias that starts with the article also matches after ل with
//! the article's alef dropped (`للجيش السوري` = ل + `الجيش السوري`); the span then starts at
//! the article's ل.

use std::collections::HashMap;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, MatchKind};
use marsad_text::fold::{fold_key, Folded};
use marsad_text::token::is_arabic_letter;

/// What a pattern names: an entry of one of the lists.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Target {
    Actor(usize),
    Place(usize),
    Demonym(usize),
    GivenName(usize),
    Title(usize),
    UnnamedSource(usize),
    ShortForm(usize),
}

/// One automaton pattern: the entries its folded form names, and whether it is the
/// article-less form of an alias written after ل (`لجيش` of `للجيش`).
#[derive(Debug, Clone, Default)]
struct Pattern {
    targets: Vec<Target>,
    after_lam: bool,
}

/// A name found in the text: a byte range of the folded view, and what it names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    pub folded_start: usize,
    pub folded_end: usize,
    pub targets: Vec<Target>,
}

/// The compiled matcher.
#[derive(Debug, Clone)]
pub struct Matcher {
    automaton: AhoCorasick,
    patterns: Vec<Pattern>,
}

/// Letters that may be glued before a name: conjunctions and prepositions.
const PROCLITIC_RUNS: &[&str] = &["و", "ف", "ب", "ك", "ل", "وب", "ول", "وك", "فب", "فل", "فك"];

/// True when `letters` (folded, as written) are proclitics that may be glued before a name
/// or a region word: nothing, a conjunction, a preposition, or both.
pub fn is_glued_proclitic(letters: &str) -> bool {
    letters.is_empty() || PROCLITIC_RUNS.contains(&letters)
}

impl Matcher {
    /// Builds the matcher from (alias, target) pairs.
    pub fn new<'a>(names: impl IntoIterator<Item = (&'a str, Target)>) -> Self {
        let mut by_key: HashMap<(String, bool), Vec<Target>> = HashMap::new();
        for (alias, target) in names {
            let key = fold_key(alias).trim().to_string();
            if key.is_empty() {
                continue;
            }
            if let Some(rest) = key.strip_prefix("ال").filter(|rest| rest.chars().count() >= 2) {
                by_key.entry((format!("ل{rest}"), true)).or_default().push(target);
            }
            by_key.entry((key, false)).or_default().push(target);
        }
        let mut entries: Vec<((String, bool), Vec<Target>)> = by_key.into_iter().collect();
        entries.sort_by(|a, b| a.0.cmp(&b.0));
        let keys: Vec<&str> = entries.iter().map(|((key, _), _)| key.as_str()).collect();
        // A full DFA: every article's folded text goes through it, and with ~7,000 patterns
        // the default (a contiguous NFA) spends three times the instructions following
        // failure links. It costs ~20 MB once per process, shared by every thread.
        let automaton = AhoCorasickBuilder::new()
            .match_kind(MatchKind::Standard)
            .kind(Some(AhoCorasickKind::DFA))
            // Names start with the same few lead bytes (ا ال ب…) all Arabic text is made of:
            // a prefilter finds a candidate at once every time the scan is back at the
            // start, so it only adds a call there.
            .prefilter(false)
            .build(&keys)
            .expect("lexicon patterns are plain strings");
        let patterns = entries
            .into_iter()
            .map(|((_, after_lam), mut targets)| {
                targets.dedup();
                Pattern { targets, after_lam }
            })
            .collect();
        Matcher { automaton, patterns }
    }

    /// Every name in `folded` that sits on word boundaries, overlapping ones included, in
    /// order of start.
    pub fn find_all(&self, folded: &Folded) -> Vec<Found> {
        let bytes = folded.as_bytes();
        let mut found = Vec::new();
        for hit in self.automaton.find_overlapping_iter(bytes) {
            let pattern = &self.patterns[hit.pattern().as_usize()];
            let (start, end) = (hit.start(), hit.end());
            if !ends_a_word(bytes, end) || !starts_a_name(bytes, start, pattern.after_lam) {
                continue;
            }
            found.push(Found { folded_start: start, folded_end: end, targets: pattern.targets.clone() });
        }
        found.sort_by_key(|f| (f.folded_start, std::cmp::Reverse(f.folded_end)));
        found
    }
}

/// The character that ends just before byte `at` of the folded text, and where it starts.
fn char_before(bytes: &[u8], at: usize) -> Option<(char, usize)> {
    let at = at.min(bytes.len());
    let mut start = at.checked_sub(1)?;
    while start > 0 && at - start < 4 && bytes[start] & 0xC0 == 0x80 {
        start -= 1;
    }
    let c = std::str::from_utf8(&bytes[start..at]).ok()?.chars().next()?;
    Some((c, start))
}

fn char_after(bytes: &[u8], at: usize) -> Option<char> {
    let rest = bytes.get(at..)?;
    let len = rest.len().min(4);
    (1..=len).find_map(|n| std::str::from_utf8(&rest[..n]).ok()).and_then(|s| s.chars().next())
}

/// Letters and digits make words; anything else ends them.
fn is_word_char(c: char) -> bool {
    is_arabic_letter(c) || c.is_alphanumeric()
}

fn ends_a_word(bytes: &[u8], end: usize) -> bool {
    !char_after(bytes, end).is_some_and(is_word_char)
}

/// True when the word letters before `start` are nothing, or proclitics only (ending in ل
/// for the article-less form).
fn starts_a_name(bytes: &[u8], start: usize, after_lam: bool) -> bool {
    let mut word_start = start;
    let mut glued = Vec::new();
    while let Some((c, offset)) = char_before(bytes, word_start) {
        if !is_word_char(c) || glued.len() > 2 {
            break;
        }
        glued.push(c);
        word_start = offset;
    }
    if !glued.is_empty() && char_before(bytes, word_start).is_some_and(|(c, _)| is_word_char(c)) {
        return false;
    }
    let prefix: String = glued.iter().rev().collect();
    if after_lam {
        return PROCLITIC_RUNS.contains(&prefix.as_str()) && prefix.ends_with('ل');
    }
    is_glued_proclitic(&prefix)
}

#[cfg(test)]
mod tests {
    use super::*;
    use marsad_text::fold::fold;

    fn spans(matcher: &Matcher, text: &str) -> Vec<String> {
        let folded = fold(text);
        matcher
            .find_all(&folded)
            .iter()
            .map(|f| text[folded.original_range(f.folded_start..f.folded_end)].to_string())
            .collect()
    }

    #[test]
    fn finds_names_on_word_boundaries_after_proclitics() {
        let matcher = Matcher::new([("الرقة", Target::Place(0)), ("داعش", Target::Actor(0))]);
        assert_eq!(spans(&matcher, "وبالرقة ولـ«داعش» الرقتين"), vec!["الرقة", "داعش"]);
        assert!(spans(&matcher, "بيداعش").is_empty());
    }

    #[test]
    fn an_article_alias_matches_after_lam() {
        let matcher = Matcher::new([("الجيش السوري", Target::Actor(0))]);
        assert_eq!(spans(&matcher, "للجيش السوري"), vec!["لجيش السوري"]);
        assert_eq!(spans(&matcher, "وللجيش السوري"), vec!["لجيش السوري"]);
        assert!(spans(&matcher, "بلجيش السوري").is_empty());
    }

    #[test]
    fn spelling_variants_meet_through_folding() {
        let matcher = Matcher::new([("قوات سوريا الديمقراطية", Target::Actor(1))]);
        assert_eq!(spans(&matcher, "قواتُ سوريا الديمقراطيّة").len(), 1);
    }
}
