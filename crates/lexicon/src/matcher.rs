//! Finding lexicon names in a text: one Aho-Corasick automaton over the folded aliases of
//! every list, run over the folded view of the text.
//!
//! **Aliases and text are folded by the same function** ([`marsad_text::fold`]), so spelling
//! variants meet. A match counts only on word boundaries: it must end where a word ends, and
//! start where a word starts or right after the proclitics و ف ب ك ل that may be glued to a
//! name (`وبالرقة`, `لداعش`). An alias that starts with the article also matches after ل with
//! the article's alef dropped (`للجيش السوري` = ل + `الجيش السوري`); the span then starts at
//! the article's ل.
//!
//! The automaton runs over the folded view in the one-byte [`Alphabet`] of the aliases' own
//! characters, half as many steps as its UTF-8; matches are reported in folded bytes.

use std::collections::HashMap;

use aho_corasick::dfa::DFA;
use aho_corasick::{MatchKind, StartKind};
use marsad_text::fold::{fold_coded, fold_coded_marking, fold_key, Folded};

use crate::alphabet::Alphabet;
pub use crate::alphabet::Coded;
use crate::dense::{Dense, Id};

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

/// What the word-boundary test reads of one automaton pattern, kept apart from its targets:
/// every match state's patterns are tested, most fail, and twelve bytes a pattern (~100 KB for
/// the lexicon) miss the cache far less often than the whole entry with its list.
#[derive(Debug, Clone, Copy, Default)]
struct Span {
    /// The length of the key in the alphabet's codes (characters).
    coded_len: u32,
    /// The length of the folded key in bytes: a match's length in the folded view.
    folded_len: u32,
    /// Whether it is the article-less form of an alias written after ل (`لجيش` of `للجيش`).
    after_lam: bool,
}

/// The automaton's table, with two-byte state ids while the states fit in them.
#[derive(Debug, Clone)]
enum Table {
    Small(Dense<u16>),
    Large(Dense<u32>),
}

/// A name found in the text: a byte range of the folded view, and what it names (the
/// matcher's own list for the pattern, not a copy: no allocation per match).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found<'m> {
    pub folded_start: usize,
    pub folded_end: usize,
    pub targets: &'m [Target],
}

/// The compiled matcher.
#[derive(Debug, Clone)]
pub struct Matcher {
    automaton: Table,
    /// Each pattern's span, and the entries its folded form names.
    spans: Vec<Span>,
    targets: Vec<Vec<Target>>,
    alphabet: Alphabet,
    /// [`PROCLITIC_RUNS`] in the alphabet's codes, each as one number ([`glued_key`]).
    proclitic_runs: Vec<u16>,
    /// ل in the alphabet's code.
    lam: u8,
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
        // The proclitics are coded too, so the word-boundary rules can read them in codes.
        let letters = entries
            .iter()
            .flat_map(|((key, _), _)| key.chars())
            .chain(PROCLITIC_RUNS.iter().flat_map(|run| run.chars()));
        let alphabet =
            Alphabet::new(letters).expect("the aliases are written with fewer than 255 characters");
        let keys: Vec<Vec<u8>> = entries.iter().map(|((key, _), _)| alphabet.encode_str(key)).collect();
        // A full DFA: every article's folded text goes through it, and with ~8,500 patterns
        // the default (a contiguous NFA) spends three times the instructions following
        // failure links. The crate's DFA (~12 MB) is only built here: the matcher keeps the
        // same automaton in a table a third of its size ([`Dense`]), shared by every thread.
        let automaton = DFA::builder()
            .match_kind(MatchKind::Standard)
            .start_kind(StartKind::Unanchored)
            // Names start with the same few lead bytes (ا ال ب…) all Arabic text is made of:
            // a prefilter finds a candidate at once every time the scan is back at the
            // start, so it only adds a call there.
            .prefilter(false)
            .build(&keys)
            .expect("lexicon patterns are plain strings");
        let (class, representative) = alphabet.classes();
        let automaton = match Dense::new(&automaton, class, &representative) {
            Some(small) => Table::Small(small),
            None => {
                Table::Large(Dense::new(&automaton, class, &representative).expect("fewer than 2^32 states"))
            }
        };
        let spans = entries
            .iter()
            .map(|((key, after_lam), _)| {
                let (coded_len, folded_len) = (key.chars().count(), key.len());
                // An alias of 4 GB could not be held anyway; one would never be reported.
                let fits = |len: usize| u32::try_from(len).unwrap_or(u32::MAX);
                Span { coded_len: fits(coded_len), folded_len: fits(folded_len), after_lam: *after_lam }
            })
            .collect();
        let targets = entries
            .into_iter()
            .map(|(_, mut targets)| {
                targets.dedup();
                targets
            })
            .collect();
        let proclitic_runs = PROCLITIC_RUNS.iter().map(|run| glued_key(&alphabet.encode_str(run))).collect();
        let lam = alphabet.code('ل');
        Matcher { automaton, spans, targets, alphabet, proclitic_runs, lam }
    }

    /// Every name in `folded` that sits on word boundaries, overlapping ones included, in
    /// order of start.
    pub fn find_all(&self, folded: &Folded) -> Vec<Found<'_>> {
        self.find_in(&self.encode(folded))
    }

    /// The folded view in the matcher's one-byte codes.
    pub(crate) fn encode(&self, folded: &Folded) -> Coded<'_> {
        self.alphabet.encode(folded.as_str())
    }

    /// Folds `text` and codes it in the same pass: the folded view and what
    /// [`Matcher::encode`] would make of it.
    pub fn fold<'t>(&self, text: &'t str) -> (Folded<'t>, Coded<'_>) {
        let (folded, codes) = fold_coded(text, &self.alphabet);
        (folded, Coded::from_codes(codes, &self.alphabet))
    }

    /// [`Matcher::fold`], and the folded offset of each of `marks` (original offsets,
    /// ascending) found on the way ([`fold_coded_marking`]).
    pub fn fold_marking<'t>(&self, text: &'t str, marks: &[usize]) -> (Folded<'t>, Coded<'_>, Vec<usize>) {
        let (folded, codes, found) = fold_coded_marking(text, &self.alphabet, marks);
        (folded, Coded::from_codes(codes, &self.alphabet), found)
    }

    /// [`Matcher::find_all`] over a folded view coded by [`Matcher::encode`] or
    /// [`Matcher::fold`]. The DFA is
    /// stepped here rather than through a crate's overlapping iterator: a match state is
    /// asked first whether its end ends a word, once for all its patterns, so the many names
    /// found inside words cost one test, not a return from the search for each.
    pub(crate) fn find_in(&self, coded: &Coded) -> Vec<Found<'_>> {
        let mut found = match &self.automaton {
            Table::Small(dfa) => self.scan(dfa, coded),
            Table::Large(dfa) => self.scan(dfa, coded),
        };
        found.sort_by_key(|f| (f.folded_start, std::cmp::Reverse(f.folded_end)));
        found
    }

    /// The names on word boundaries that `dfa` finds in `coded`, in order of end.
    fn scan<S: Id>(&self, dfa: &Dense<S>, coded: &Coded) -> Vec<Found<'_>> {
        let codes = coded.codes.as_slice();
        // Room up front for what ANT articles give (a match end every dozen or so codes, most
        // inside words): the vectors grew eight or nine times an article, each growth a copy.
        let mut ends = Vec::with_capacity(codes.len() / 8);
        dfa.match_ends(codes, &mut ends);
        let mut found = Vec::with_capacity(ends.len());
        // Where the codes read so far end in the folded view: matches come in order of end.
        let (mut read, mut folded_read) = (0, 0);
        for (end, state) in ends {
            if !self.ends_a_word(codes, end) {
                continue;
            }
            folded_read +=
                codes.get(read..end).unwrap_or(&[]).iter().map(|&code| coded.len_of(code)).sum::<usize>();
            read = end;
            self.report(codes, dfa.matches(state), end, folded_read, &mut found);
        }
        found
    }

    /// The patterns `ids` of a match state, ending at `end` (`folded_end` in the folded
    /// view), that start a name, in the automaton's order.
    fn report<'m>(
        &'m self,
        codes: &[u8],
        ids: &[aho_corasick::PatternID],
        end: usize,
        folded_end: usize,
        found: &mut Vec<Found<'m>>,
    ) {
        for id in ids {
            let Some(span) = self.spans.get(id.as_usize()) else { continue };
            let Some(start) = end.checked_sub(span.coded_len as usize) else { continue };
            if self.starts_a_name(codes, start, span.after_lam) {
                let folded_start = folded_end.saturating_sub(span.folded_len as usize);
                let targets = self.targets.get(id.as_usize()).map_or(&[][..], Vec::as_slice);
                found.push(Found { folded_start, folded_end, targets });
            }
        }
    }

    fn ends_a_word(&self, codes: &[u8], end: usize) -> bool {
        !codes.get(end).is_some_and(|&code| self.alphabet.is_word(code))
    }

    /// True when the word characters before `start` are nothing, or proclitics only (ending
    /// in ل for the article-less form).
    fn starts_a_name(&self, codes: &[u8], start: usize, after_lam: bool) -> bool {
        let before = codes.get(..start).unwrap_or(&[]);
        // No proclitic run is longer than two letters: three word characters are too many.
        let glued_len = before.iter().rev().take(3).take_while(|&&code| self.alphabet.is_word(code)).count();
        if glued_len > 2 {
            return false;
        }
        let glued = before.get(start - glued_len..).unwrap_or(&[]);
        let is_run = glued.is_empty() || self.proclitic_runs.contains(&glued_key(glued));
        if after_lam {
            return is_run && glued.last() == Some(&self.lam);
        }
        is_run
    }
}

/// One or two codes as one number, to compare a word's glued letters with each proclitic run
/// at once. Unambiguous: code 0 is not a letter, so no run starts with it.
fn glued_key(codes: &[u8]) -> u16 {
    codes.iter().fold(0u16, |key, &code| (key << 8) | u16::from(code))
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
