//! Finding a query's terms in an article, and the snippet around the best of them.
//!
//! The article is analyzed again with the index's own [`Analyzer`], so a highlight is exactly
//! a token that the index matched, as written in the original text (`وللأمريكية` for a search
//! of `أمريكية`); a phrase is highlighted as one range from its first word to its last.
//! Ranges are **character** offsets (Unicode scalar values), as records and the web UI count.

use std::ops::{ControlFlow, Range};

use marsad_text::offsets::CharIndex;
use serde::Serialize;

use crate::analyzer::Analyzer;

/// A range of characters `[start, end)`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct CharRange {
    pub start: usize,
    pub end: usize,
}

/// One highlighted match of a snippet.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Highlight {
    /// Characters within [`Snippet::text`].
    pub in_snippet: CharRange,
    /// Characters within the whole article text.
    pub in_article: CharRange,
}

/// A window of the original text around the best matches.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Snippet {
    /// The window as written.
    pub text: String,
    /// Where the window lies in the article, in characters: a UI shows an ellipsis before a
    /// window that does not start at 0, and after one that ends before the article does.
    pub in_article: CharRange,
    pub highlights: Vec<Highlight>,
}

/// A match in bytes, with the index of the query term or phrase it matches.
#[derive(Debug, Clone)]
struct Match {
    range: Range<usize>,
    pattern: usize,
}

/// A term of the text that is one of the patterns' keys: its position among all the text's
/// terms, its bytes, and which key.
#[derive(Debug, Clone)]
struct KeyTerm {
    position: usize,
    range: Range<usize>,
    key: usize,
}

/// A pattern with its keys numbered: `(offset, key number)` for each of its terms.
type NumberedPattern = Vec<(usize, usize)>;

/// The patterns with their keys numbered: each distinct key once, and each pattern's terms
/// by number.
fn numbered(patterns: &[Vec<(usize, String)>]) -> (Vec<&str>, Vec<NumberedPattern>) {
    let mut keys: Vec<&str> = Vec::new();
    let mut numbered = Vec::with_capacity(patterns.len());
    for pattern in patterns {
        let mut terms = Vec::with_capacity(pattern.len());
        for (offset, key) in pattern {
            let number = keys.iter().position(|known| *known == key.as_str()).unwrap_or_else(|| {
                keys.push(key);
                keys.len() - 1
            });
            terms.push((*offset, number));
        }
        numbered.push(terms);
    }
    (keys, numbered)
}

/// The terms of `text` that are one of `keys`, in order. Only these are kept: an article has
/// thousands of terms, a query a handful, and a snippet is made for every hit of a page.
///
/// With `counts` (how many times each key occurs in `text`, as the index counted them) the
/// reading stops once every occurrence is found: what is left of the article holds none.
fn key_terms(analyzer: &mut Analyzer, text: &str, keys: &[&str], counts: Option<&[u32]>) -> Vec<KeyTerm> {
    let mut found = Vec::new();
    let mut position = 0;
    let mut left: Option<Vec<u32>> = counts.filter(|counts| counts.len() == keys.len()).map(<[u32]>::to_vec);
    let mut total_left: u64 = left.as_ref().map_or(u64::MAX, |left| left.iter().map(|&n| u64::from(n)).sum());
    if total_left == 0 {
        return found;
    }
    analyzer.for_each_key_term(text, keys, &mut |key, range| {
        if let Some(key) = key {
            found.push(KeyTerm { position, range, key });
            // A key found more often than counted (an index made by another analyzer) makes
            // the count wrong: read on to the end.
            if let Some(count) = left.as_mut().map(|left| &mut left[key]) {
                if *count == 0 {
                    left = None;
                    total_left = u64::MAX;
                } else {
                    *count -= 1;
                    total_left -= 1;
                }
            }
        }
        position += 1;
        if total_left == 0 {
            ControlFlow::Break(())
        } else {
            ControlFlow::Continue(())
        }
    });
    found
}

/// Every match of `patterns` (terms and phrases, as [`crate::query::Query::highlighted`]
/// gives them) in `text`, in byte ranges, sorted and without overlaps.
fn find_matches(
    analyzer: &mut Analyzer,
    text: &str,
    patterns: &[Vec<(usize, String)>],
    counts: Option<&[u32]>,
) -> Vec<Match> {
    let (keys, patterns) = numbered(patterns);
    let terms = key_terms(analyzer, text, &keys, counts);
    let at = |position: usize| {
        terms.binary_search_by_key(&position, |term| term.position).ok().map(|index| &terms[index])
    };
    let mut matches = Vec::new();
    for (pattern_index, pattern) in patterns.iter().enumerate() {
        let (Some(first), Some(last)) = (
            pattern.iter().min_by_key(|(offset, _)| *offset),
            pattern.iter().max_by_key(|(offset, _)| *offset),
        ) else {
            continue;
        };
        for term in terms.iter().filter(|term| term.key == first.1) {
            let Some(start) = term.position.checked_sub(first.0) else { continue };
            let fits = pattern.iter().all(|(offset, key)| at(start + offset).is_some_and(|t| t.key == *key));
            if let (true, Some(end)) = (fits, at(start + last.0)) {
                matches.push(Match { range: term.range.start..end.range.end, pattern: pattern_index });
            }
        }
    }
    merge(matches)
}

/// The matches sorted; overlapping ones (a term inside a phrase) merged into the first,
/// longest one.
fn merge(mut matches: Vec<Match>) -> Vec<Match> {
    matches.sort_by_key(|m| (m.range.start, std::cmp::Reverse(m.range.end)));
    let mut merged: Vec<Match> = Vec::with_capacity(matches.len());
    for next in matches {
        match merged.last_mut() {
            Some(last) if next.range.start < last.range.end => {
                last.range.end = last.range.end.max(next.range.end)
            }
            _ => merged.push(next),
        }
    }
    merged
}

/// All match ranges of `patterns` in `text`, in characters: what the web UI highlights in a
/// whole article.
pub fn ranges_of(analyzer: &mut Analyzer, text: &str, patterns: &[Vec<(usize, String)>]) -> Vec<CharRange> {
    if patterns.is_empty() {
        return Vec::new();
    }
    let matches = find_matches(analyzer, text, patterns, None);
    let chars = CharIndex::new(text);
    matches.iter().map(|m| to_chars(&chars, &m.range)).collect()
}

fn to_chars(chars: &CharIndex, range: &Range<usize>) -> CharRange {
    CharRange { start: chars.char_offset(range.start), end: chars.char_offset(range.end) }
}

/// The snippet of `text` for `patterns`: a window of about `width` characters holding the
/// most distinct query terms (then the most matches), with a little text before the first
/// match; the start of the text when nothing matches.
pub fn snippet(
    analyzer: &mut Analyzer,
    text: &str,
    patterns: &[Vec<(usize, String)>],
    width: usize,
) -> Snippet {
    counted_snippet(analyzer, text, patterns, width, None)
}

/// The distinct keys of `patterns`, in the order [`counted_snippet`] takes their counts.
pub fn pattern_keys(patterns: &[Vec<(usize, String)>]) -> Vec<&str> {
    numbered(patterns).0
}

/// [`snippet`], told how many times each of [`pattern_keys`] occurs in `text` (from the
/// index's postings), so it stops reading the article after the last occurrence.
pub fn counted_snippet(
    analyzer: &mut Analyzer,
    text: &str,
    patterns: &[Vec<(usize, String)>],
    width: usize,
    counts: Option<&[u32]>,
) -> Snippet {
    let found = if patterns.is_empty() { Vec::new() } else { find_matches(analyzer, text, patterns, counts) };
    let chars = CharIndex::new(text);
    let matches: Vec<(CharRange, usize)> =
        found.iter().map(|m| (to_chars(&chars, &m.range), m.pattern)).collect();
    let total = chars.len_chars();
    let window = choose_window(&matches, width, total);
    let near = Neighbourhood::of(text, window, total);
    let window = snap_to_spaces(&near, window, total);
    let highlights = matches
        .iter()
        .filter(|(range, _)| range.start >= window.start && range.end <= window.end)
        .map(|(range, _)| Highlight {
            in_snippet: CharRange { start: range.start - window.start, end: range.end - window.start },
            in_article: *range,
        })
        .collect();
    Snippet { text: near.slice(text, window).to_string(), in_article: window, highlights }
}

/// The window, in characters, that holds the best run of matches.
fn choose_window(matches: &[(CharRange, usize)], width: usize, total: usize) -> CharRange {
    let width = width.max(1);
    let Some(best) = best_run(matches, width) else {
        return CharRange { start: 0, end: width.min(total) };
    };
    let first = matches[best.start].0;
    let last = matches[best.end - 1].0;
    // Centre the run: the room it leaves is shared before and after it.
    let room = width.saturating_sub(last.end - first.start);
    let start = first.start.saturating_sub(room / 2);
    let end = (start + width).min(total).max(last.end);
    CharRange { start: end.saturating_sub(width).min(start), end }
}

/// The indices of the matches of the best window starting at a match: most distinct
/// patterns, then most matches, then the earliest.
fn best_run(matches: &[(CharRange, usize)], width: usize) -> Option<Range<usize>> {
    let mut best: Option<(usize, usize, Range<usize>)> = None;
    let mut end = 0;
    for start in 0..matches.len() {
        end = end.max(start);
        let limit = matches[start].0.start + width;
        while end < matches.len() && matches[end].0.end <= limit {
            end += 1;
        }
        let run = start..end.max(start + 1);
        let mut patterns: Vec<usize> = matches[run.clone()].iter().map(|(_, p)| *p).collect();
        patterns.sort_unstable();
        patterns.dedup();
        let better = best
            .as_ref()
            .is_none_or(|(distinct, count, _)| (patterns.len(), run.len()) > (*distinct, *count));
        if better {
            best = Some((patterns.len(), run.len(), run));
        }
    }
    best.map(|(_, _, run)| run)
}

/// How far (in characters) a window edge may move to reach white space.
const SNAP_CHARS: usize = 16;

/// The characters around a window, as far as [`snap_to_spaces`] may look, with their byte
/// offsets: the article itself may be long, and only these are read.
struct Neighbourhood {
    /// The character offset of `chars[0]`.
    first: usize,
    chars: Vec<(usize, char)>,
}

impl Neighbourhood {
    fn of(text: &str, window: CharRange, total: usize) -> Self {
        let first = window.start.saturating_sub(SNAP_CHARS);
        let last = (window.end.max(window.start) + SNAP_CHARS + 1).min(total);
        let chars = text.char_indices().skip(first).take(last.saturating_sub(first)).collect();
        Neighbourhood { first, chars }
    }

    /// The character at `at` (an offset in the whole text), if it is near.
    fn char_at(&self, at: usize) -> Option<char> {
        at.checked_sub(self.first).and_then(|i| self.chars.get(i)).map(|(_, c)| *c)
    }

    /// The characters `range` of `text`.
    fn slice<'t>(&self, text: &'t str, range: CharRange) -> &'t str {
        let byte_at =
            |char_offset: usize| match char_offset.checked_sub(self.first).and_then(|i| self.chars.get(i)) {
                Some((at, _)) => *at,
                // Not near: counted from the start (never, for a snapped window).
                None => text.char_indices().nth(char_offset).map_or(text.len(), |(at, _)| at),
            };
        let start = byte_at(range.start);
        let end = byte_at(range.end).max(start);
        text.get(start..end).unwrap_or("")
    }
}

/// Moves the window's edges outward to white space, so it neither starts nor ends inside a
/// word, unless no white space is near.
fn snap_to_spaces(near: &Neighbourhood, window: CharRange, total: usize) -> CharRange {
    let is_space = |at: usize| near.char_at(at).is_some_and(|c| c.is_whitespace());
    let mut start = window.start;
    let reach = start.saturating_sub(SNAP_CHARS);
    while start > reach && !is_space(start - 1) {
        start -= 1;
    }
    if start > 0 && !is_space(start - 1) {
        start = window.start;
    }
    let mut end = window.end.min(total);
    let reach = (end + SNAP_CHARS).min(total);
    while end < reach && !is_space(end) {
        end += 1;
    }
    if end < total && !is_space(end) {
        end = window.end.min(total);
    }
    CharRange { start, end }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::query::parse;

    fn ranges(query: &str, text: &str) -> Vec<String> {
        let mut analyzer = Analyzer::new();
        let patterns = parse(query, &mut analyzer).unwrap().highlighted();
        let chars: Vec<char> = text.chars().collect();
        ranges_of(&mut analyzer, text, &patterns)
            .iter()
            .map(|r| chars[r.start..r.end].iter().collect())
            .collect()
    }

    #[test]
    fn highlights_words_as_written() {
        let text = "قالت الخارجية الأميركية إن وللأمريكية رأيا، وقال مسؤول أمريكي.";
        assert_eq!(ranges("أمريكية", text), vec!["الأميركية", "وللأمريكية", "أمريكي"]);
    }

    #[test]
    fn a_phrase_is_one_range() {
        let text = "قصف الجيش السوري مواقع الجيش في ريف حلب";
        assert_eq!(ranges("\"الجيش السوري\" حلب", text), vec!["الجيش السوري", "حلب"]);
    }

    #[test]
    fn a_snippet_told_the_counts_is_the_same_snippet() {
        let text = "قصف الجيش مواقع في حلب. ثم قال المرصد إن القصف أصاب حلب. وكان الطقس باردا في المساء.";
        let mut analyzer = Analyzer::new();
        let patterns = parse("قصف حلب", &mut analyzer).unwrap().highlighted();
        let full = snippet(&mut analyzer, text, &patterns, 30);
        let terms = analyzer.terms(text);
        let counts: Vec<u32> = pattern_keys(&patterns)
            .iter()
            .map(|key| terms.iter().filter(|term| term.key == *key).count() as u32)
            .collect();
        assert_eq!(counts, vec![2, 2]);
        assert_eq!(counted_snippet(&mut analyzer, text, &patterns, 30, Some(&counts)), full);
        // A count too low (an index made by another analyzer) is noticed: the reading goes on.
        assert_eq!(counted_snippet(&mut analyzer, text, &patterns, 30, Some(&[1, 2])), full);
    }

    #[test]
    fn negated_terms_are_not_highlighted() {
        assert_eq!(ranges("قصف -حلب", "قصف في حلب"), vec!["قصف"]);
    }
}
