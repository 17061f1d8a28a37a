//! Clitic segmentation: the proclitics و ف ب ك ل س and the article ال (and لل) cut off the
//! front of a word, the enclitic pronouns ه ها هم هما هن ك كم كن ي نا off its end.
//!
//! Segmentation is by rule, not by a model, so it errs on the side of not cutting: a proclitic
//! is cut only when enough of a word remains, a pronoun never after the article (a noun with
//! ال takes no possessive), and a word of the protected list (`data/protected-words.tsv`:
//! بغداد، وزارة، ليبيا، كركوك …) is never cut — when one of the possible cuts leaves a
//! protected word, that cut wins (`وبغداد` → و + بغداد, not و + ب + غداد).
//!
//! **Segments are lossless**: each covers a byte range of the token, in order, and joined they
//! give the token back. Harakat stay with the letter they sit on; a tatweel or quote between a
//! proclitic and its word (`لـ"داعش`) is a [`Role::Joiner`] segment.

use std::collections::HashSet;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::OnceLock;

use crate::fold::{fold_char, fold_key};
use crate::hash::KeyMap;
use crate::token::{class_of, Token, TokenKind, LETTER, MARK};
use crate::tsv;

/// What a segment of a word is.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub enum Role {
    /// و or ف.
    Conjunction,
    /// ب, ك or ل.
    Preposition,
    /// س before an imperfect verb.
    Future,
    /// ال, or the second ل of لل.
    Article,
    #[default]
    Stem,
    /// An attached pronoun.
    Pronoun,
    /// A tatweel, quote or joiner between a proclitic and its word.
    Joiner,
}

/// One segment: its role and byte range in the original text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Segment {
    pub role: Role,
    pub start: usize,
    pub end: usize,
}

impl Segment {
    pub fn text<'a>(&self, source: &'a str) -> &'a str {
        source.get(self.start..self.end).unwrap_or("")
    }
}

const PROTECTED_WORDS: &str = include_str!("../../../data/protected-words.tsv");
/// The columns of `data/protected-words.tsv`.
pub const PROTECTED_HEADER: [&str; 3] = ["word", "class", "note"];

/// A multiply-rotate hash over the folded letters: protected-word lookups hash a few chars per
/// token, where SipHash costs more than the rest of the segmentation. The keys are our own
/// data, so hash flooding is no concern.
#[derive(Default)]
struct LetterHasher(u64);

impl Hasher for LetterHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for byte in bytes {
            self.write_u32(u32::from(*byte));
        }
    }
    #[inline]
    fn write_u32(&mut self, value: u32) {
        const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;
        self.0 = (self.0.rotate_left(5) ^ u64::from(value)).wrapping_mul(SEED);
    }
    #[inline]
    fn write_usize(&mut self, value: usize) {
        self.write_u32(value as u32);
    }
}

type CharSet = HashSet<Vec<char>, BuildHasherDefault<LetterHasher>>;

/// The folded protected words, and among them the names (every class but `word`).
struct Protected {
    all: CharSet,
    names: CharSet,
}

/// Malformed lines are skipped here; the data test reports them with file and line.
fn protected_words() -> &'static Protected {
    static SET: OnceLock<Protected> = OnceLock::new();
    SET.get_or_init(|| {
        let rows =
            tsv::parse("data/protected-words.tsv", PROTECTED_WORDS, &PROTECTED_HEADER).unwrap_or_default();
        let mut protected = Protected { all: CharSet::default(), names: CharSet::default() };
        for row in rows {
            let key: Vec<char> = fold_key(row.get(0)).chars().collect();
            if key.is_empty() {
                continue;
            }
            if row.get(1) != "word" {
                protected.names.insert(key.clone());
            }
            protected.all.insert(key);
        }
        protected
    })
}

fn protected() -> &'static CharSet {
    &protected_words().all
}

/// True when `word` (in any spelling that folds alike) is on the protected list.
pub fn is_protected(word: &str) -> bool {
    let key: Vec<char> = fold_key(word).chars().collect();
    protected().contains(&key)
}

/// True when `letters` (a word's folded letters) is a protected word, never cut, alone or
/// carrying a possessive pronoun (`فائدته`: the ة of `فائدة` written ت before it).
pub fn is_protected_letters(letters: &[char]) -> bool {
    protected().contains(letters) || is_protected_with_pronoun(letters)
}

/// The third-person possessive pronouns, folded: after one a word's ة is written ت.
const POSSESSIVES: [&[char]; 4] = [&['ه'], &['ه', 'ا'], &['ه', 'م'], &['ه', 'م', 'ا']];

/// `فائدته`، `فائدتها`: a protected word in ة with a possessive pronoun after it. The cue
/// index asks it of most words: the word is rebuilt on the stack, not allocated.
fn is_protected_with_pronoun(letters: &[char]) -> bool {
    let mut word = ['\0'; LONGEST_PROTECTED];
    POSSESSIVES.iter().any(|pronoun| {
        let Some(stem) = letters.strip_suffix(*pronoun) else { return false };
        let Some((&'ت', body)) = stem.split_last() else { return false };
        let Some(slot) = word.get_mut(..=body.len()) else { return false };
        slot[..body.len()].copy_from_slice(body);
        slot[body.len()] = 'ه';
        protected().contains(&*slot)
    })
}

/// Longer than any protected word, in letters.
const LONGEST_PROTECTED: usize = 24;

/// True when `word` is a protected name (a place, country, person or organisation), whose
/// endings are part of the name rather than inflection.
pub fn is_protected_name(word: &str) -> bool {
    let key: Vec<char> = fold_key(word).chars().collect();
    protected_words().names.contains(&key)
}

const ALEF: char = 'ا';
const LAM: char = 'ل';

/// Enclitic pronouns, longest first, with the letters a stem must keep before each.
const ENCLITICS: &[(&[char], usize)] = &[
    (&['ه', 'م', 'ا'], 2),
    (&['ك', 'م', 'ا'], 3),
    (&['ه', 'م'], 2),
    (&['ه', 'ن'], 2),
    (&['ه', 'ا'], 2),
    (&['ك', 'م'], 3),
    (&['ك', 'ن'], 3),
    (&['ن', 'ا'], 2),
    (&['ه'], 3),
    (&['ك'], 3),
];

/// Pronouns that may stand alone after ب or ل (`لهم`, `به`, `لي`, `لنا`).
const PRONOUNS_AFTER_PREPOSITION: &[&[char]] = &[
    &['ه'],
    &['ه', 'ا'],
    &['ه', 'م'],
    &['ه', 'م', 'ا'],
    &['ه', 'ن'],
    &['ك'],
    &['ك', 'م'],
    &['ك', 'ن'],
    &['ي'],
    &['ن', 'ا'],
];

/// The proclitics of a cut, in order: (role, letter count). At most three: a conjunction, a
/// preposition or the future particle, the article. A fixed array keeps the search
/// allocation-free.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
struct Prefix {
    parts: [(Role, usize); 3],
    count: usize,
}

impl Prefix {
    fn push(&mut self, role: Role, letters: usize) {
        if self.count < self.parts.len() {
            self.parts[self.count] = (role, letters);
            self.count += 1;
        }
    }
    fn parts(&self) -> &[(Role, usize)] {
        &self.parts[..self.count]
    }
    fn letters(&self) -> usize {
        self.parts().iter().map(|(_, n)| n).sum()
    }
    fn last(&self) -> Option<(Role, usize)> {
        self.parts().last().copied()
    }
    fn has(&self, role: Role) -> bool {
        self.parts().iter().any(|(r, _)| *r == role)
    }
    fn without_last(mut self) -> Self {
        self.count = self.count.saturating_sub(1);
        self
    }
}

/// A way of cutting a word: its proclitics, then the stem, then an enclitic of `suffix` letters.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
struct Cut {
    prefix: Prefix,
    suffix: usize,
}

/// A word's letters as written (raw, for the rules) and folded (for the protected list).
struct Letters<'a> {
    raw: &'a [char],
    folded: &'a [char],
}

impl Letters<'_> {
    fn len(&self) -> usize {
        self.raw.len()
    }
    fn starts_with(&self, at: usize, prefix: &[char]) -> bool {
        self.raw.get(at..at + prefix.len()) == Some(prefix)
    }
    fn is_protected(&self, from: usize, to: usize) -> bool {
        from < to && to <= self.folded.len() && protected().contains(&self.folded[from..to])
    }
    fn equals(&self, from: usize, word: &[char]) -> bool {
        self.raw.get(from..) == Some(word)
    }
    fn is_pronoun_at(&self, from: usize) -> bool {
        PRONOUNS_AFTER_PREPOSITION.iter().any(|p| self.equals(from, p))
    }
}

const CONJUNCTIONS: [Option<char>; 3] = [None, Some('و'), Some('ف')];
const PARTICLES: [Option<(Role, char)>; 5] = [
    None,
    Some((Role::Preposition, 'ب')),
    Some((Role::Preposition, 'ك')),
    Some((Role::Preposition, LAM)),
    Some((Role::Future, 'س')),
];

/// Calls `visit` with every proclitic sequence the word starts with (the empty one first): a
/// conjunction, then a preposition or the future particle, then the article (written ل after
/// ل: لل). Plain loops rather than iterator adapters: this runs for every word.
fn for_each_prefix(letters: &Letters, mut visit: impl FnMut(Prefix)) {
    visit(Prefix::default());
    for conjunction in CONJUNCTIONS {
        let mut base = Prefix::default();
        if let Some(c) = conjunction {
            if letters.raw.first() != Some(&c) {
                continue;
            }
            base.push(Role::Conjunction, 1);
            visit(base);
        }
        for particle in PARTICLES {
            let mut prefix = base;
            if let Some((role, c)) = particle {
                if letters.raw.get(base.letters()) != Some(&c) {
                    continue;
                }
                prefix.push(role, 1);
                visit(prefix);
                if role == Role::Future {
                    continue;
                }
            }
            // After ل the article loses its alef: ل + ال + جيش is written للجيش.
            let written: &[char] =
                if particle.is_some_and(|(_, c)| c == LAM) { &[LAM] } else { &[ALEF, LAM] };
            if letters.starts_with(prefix.letters(), written) {
                prefix.push(Role::Article, written.len());
                visit(prefix);
            }
        }
    }
}

/// Whether the stem left by `prefix` is long enough, and fits the particle before it.
fn stem_fits(letters: &Letters, prefix: &Prefix) -> bool {
    let used = prefix.letters();
    let stem = letters.len() - used;
    match prefix.last() {
        None => true,
        Some((Role::Article, _)) => stem >= 2,
        Some((Role::Future, _)) => stem >= 3 && matches!(letters.raw.get(used), Some('ي' | 'ت' | 'ن' | 'أ')),
        Some((Role::Preposition, _)) => stem >= 3 || letters.is_pronoun_at(used),
        _ => stem >= 3,
    }
}

/// True when `prefix` leaves a protected word, counting the article into it when the
/// protected name holds it (البوكمال).
fn leaves_protected(letters: &Letters, prefix: &Prefix) -> bool {
    // The whole word (from 0) is known not to be protected by the time cuts are tried.
    let used = prefix.letters();
    (used > 0 && letters.is_protected(used, letters.len()))
        || matches!(prefix.last(), Some((Role::Article, k)) if used > k && letters.is_protected(used - k, letters.len()))
}

/// The enclitic to cut after `prefix_len` letters of proclitics, in letters (0 for none).
fn enclitic_len(letters: &Letters, prefix_len: usize) -> usize {
    let n = letters.len();
    for &(pronoun, keep) in ENCLITICS {
        let len = pronoun.len();
        if n < prefix_len + keep + len || !letters.starts_with(n - len, pronoun) {
            continue;
        }
        // اتجاه، أحيانا: after an alef these letters belong to the word.
        if letters.raw[n - len - 1] == ALEF && matches!(pronoun, ['ه'] | ['ن', 'ا']) {
            continue;
        }
        return len;
    }
    0
}

/// True for the letters a proclitic (or the article) starts with.
fn may_start_proclitic(c: char) -> bool {
    matches!(c, 'و' | 'ف' | 'ب' | 'ك' | 'ل' | 'س' | 'ا')
}

/// True for the letters an enclitic pronoun ends with.
fn may_end_enclitic(c: char) -> bool {
    matches!(c, 'ه' | 'ا' | 'م' | 'ن' | 'ك')
}

/// Chooses how to cut a word. A cut that leaves a protected word wins; otherwise the longest
/// valid run of proclitics, then an enclitic where the rules allow one. Words that start and
/// end with no clitic letter are left whole at once: most words of a text.
fn choose_cut(letters: &Letters) -> Cut {
    let n = letters.len();
    let may_have_prefix = letters.raw.first().is_some_and(|&c| may_start_proclitic(c));
    let may_have_suffix = letters.raw.last().is_some_and(|&c| may_end_enclitic(c));
    if !(may_have_prefix || may_have_suffix) || letters.is_protected(0, n) {
        return Cut::default();
    }
    let mut longest = Prefix::default();
    let mut protected_cut = None;
    for_each_prefix(letters, |prefix| {
        if protected_cut.is_some() || !stem_fits(letters, &prefix) {
            return;
        }
        if leaves_protected(letters, &prefix) {
            let keeps_article = !letters.is_protected(prefix.letters(), n);
            let prefix = if keeps_article { prefix.without_last() } else { prefix };
            protected_cut = Some(Cut { prefix, suffix: 0 });
        } else if prefix.letters() > longest.letters() {
            longest = prefix;
        }
    });
    if let Some(cut) = protected_cut {
        return cut;
    }
    let used = longest.letters();
    let may_take_pronoun = !longest.has(Role::Article) && !letters.is_protected(used, n);
    let suffix = if may_take_pronoun { enclitic_len(letters, used) } else { 0 };
    Cut { prefix: longest, suffix }
}

/// A proclitic reading of a word: how many letters the proclitics take, and which they are.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Proclitics {
    /// Letters (chars) the proclitics take from the front of the word.
    pub letters: usize,
    pub conjunction: bool,
    /// ب, ك or ل.
    pub preposition: bool,
    /// س before an imperfect verb.
    pub future: bool,
    /// ال, or the second ل of لل.
    pub article: bool,
}

impl From<Prefix> for Proclitics {
    fn from(prefix: Prefix) -> Self {
        Proclitics {
            letters: prefix.letters(),
            conjunction: prefix.has(Role::Conjunction),
            preposition: prefix.has(Role::Preposition),
            future: prefix.has(Role::Future),
            article: prefix.has(Role::Article),
        }
    }
}

/// Calls `visit` with every proclitic reading the segmentation rules allow for `letters` (a
/// word's letters, folded or as written), the empty reading first. Segmentation picks one
/// reading; a lookup that knows its words (event triggers, claim cues) tries each, with the
/// same rules.
pub fn for_each_proclitic_reading(letters: &[char], mut visit: impl FnMut(Proclitics)) {
    let letters = Letters { raw: letters, folded: letters };
    for_each_prefix(&letters, |prefix| {
        if stem_fits(&letters, &prefix) {
            visit(prefix.into());
        }
    });
}

/// A word's segments relative to its first byte: how a cached word is cut.
#[derive(Debug, Clone, Copy)]
struct CachedCut {
    segments: [(Role, u8, u8); 6],
    count: u8,
}

/// Words up to this many bytes are cached; longer ones are rare and segmented afresh.
const CACHED_WORD_BYTES: usize = 64;
/// The cache is emptied when it holds this many words, so memory stays bounded on any corpus.
const CACHED_WORDS: usize = 1 << 19;

/// Segments words with reusable buffers and a cache of the words already seen (one segmenter
/// per thread keeps segmentation allocation-free). Words repeat, so most are cut once: the
/// cut depends on the word alone, so a cached answer is the answer.
#[derive(Debug, Default)]
pub struct Segmenter {
    raw: Vec<char>,
    folded: Vec<char>,
    /// For each letter: byte range in the original, extended over the marks that follow it.
    spans: Vec<(usize, usize)>,
    segments: Vec<Segment>,
    cache: KeyMap<Box<str>, CachedCut>,
}

impl Segmenter {
    pub fn new() -> Self {
        Self::default()
    }

    /// The segments of `token` of `text`; a token that is not an Arabic word is one stem.
    pub fn segment(&mut self, text: &str, token: &Token) -> &[Segment] {
        self.segments.clear();
        let word = token.text(text);
        if token.kind != TokenKind::Word || word.is_empty() {
            self.segments.push(Segment { role: Role::Stem, start: token.start, end: token.end });
            return &self.segments;
        }
        // Known words first: one hash lookup; the cache holds whole words too.
        if let Some(cached) = self.cache.get(word) {
            let base = token.start;
            self.segments.extend(cached.segments[..usize::from(cached.count)].iter().map(
                |&(role, from, to)| Segment {
                    role,
                    start: base + usize::from(from),
                    end: base + usize::from(to),
                },
            ));
            return &self.segments;
        }
        if !may_have_clitic(word) {
            self.segments.push(Segment { role: Role::Stem, start: token.start, end: token.end });
        } else {
            self.segment_afresh(word, token);
        }
        if word.len() <= CACHED_WORD_BYTES {
            self.remember(word, token.start);
        }
        &self.segments
    }

    fn segment_afresh(&mut self, word: &str, token: &Token) {
        self.collect_letters(word, token.start);
        let cut = choose_cut(&Letters { raw: &self.raw, folded: &self.folded });
        self.emit(&cut, token);
    }

    fn remember(&mut self, word: &str, base: usize) {
        let mut cached = CachedCut { segments: [(Role::Stem, 0, 0); 6], count: 0 };
        for (slot, segment) in cached.segments.iter_mut().zip(&self.segments) {
            // Offsets fit in u8: cached words are at most CACHED_WORD_BYTES long.
            *slot = (segment.role, (segment.start - base) as u8, (segment.end - base) as u8);
            cached.count += 1;
        }
        if usize::from(cached.count) < self.segments.len() {
            return;
        }
        if self.cache.len() >= CACHED_WORDS {
            self.cache.clear();
        }
        self.cache.insert(word.into(), cached);
    }

    fn collect_letters(&mut self, word: &str, base: usize) {
        self.raw.clear();
        self.folded.clear();
        self.spans.clear();
        for (offset, c) in word.char_indices() {
            let range = (base + offset, base + offset + c.len_utf8());
            let class = class_of(c);
            if class & LETTER != 0 {
                self.raw.push(c);
                self.folded.push(fold_char(c).unwrap_or(c));
                self.spans.push(range);
            } else if class & MARK != 0 {
                if let Some(last) = self.spans.last_mut() {
                    last.1 = range.1;
                }
            }
        }
    }

    /// Turns a cut (in letters) into byte segments covering the whole token.
    fn emit(&mut self, cut: &Cut, token: &Token) {
        let n = self.raw.len();
        let letters = Letters { raw: &self.raw, folded: &self.folded };
        // At most three proclitics, the stem and a pronoun.
        let mut pieces = [(Role::Stem, 0, 0); 5];
        let mut count = 0;
        let mut at = 0;
        for &(role, len) in cut.prefix.parts() {
            pieces[count] = (role, at, at + len);
            count += 1;
            at += len;
        }
        let after_preposition = matches!(cut.prefix.last(), Some((Role::Preposition, _)));
        let stem_role =
            if after_preposition && letters.is_pronoun_at(at) { Role::Pronoun } else { Role::Stem };
        pieces[count] = (stem_role, at, n - cut.suffix);
        pieces[count + 1] = (Role::Pronoun, n - cut.suffix, n);
        let mut cursor = token.start;
        for &(role, from, to) in pieces[..count + 2].iter().filter(|(_, from, to)| from < to) {
            let start = if cursor == token.start { token.start } else { self.spans[from].0 };
            if start > cursor {
                self.segments.push(Segment { role: Role::Joiner, start: cursor, end: start });
            }
            let end = if to == n { token.end } else { self.spans[to - 1].1 };
            self.segments.push(Segment { role, start, end });
            cursor = end;
        }
        if self.segments.is_empty() {
            self.segments.push(Segment { role: Role::Stem, start: token.start, end: token.end });
        }
    }
}

/// A quick look at the first and last letters: most words can have no clitic at all, and
/// need no closer look.
fn may_have_clitic(word: &str) -> bool {
    let is_letter = |c: &char| class_of(*c) & LETTER != 0;
    word.chars().find(is_letter).is_some_and(may_start_proclitic)
        || word.chars().rev().find(is_letter).is_some_and(may_end_enclitic)
}

/// The segments of one token (a convenience over [`Segmenter`]).
pub fn segment(text: &str, token: &Token) -> Vec<Segment> {
    Segmenter::new().segment(text, token).to_vec()
}

/// The stem of `word` as written: the word without its clitics, as a byte range of `word`.
pub fn stem_range(word: &str) -> std::ops::Range<usize> {
    let token = Token { kind: TokenKind::Word, start: 0, end: word.len() };
    let mut segmenter = Segmenter::new();
    let segments = segmenter.segment(word, &token);
    segments.iter().find(|s| s.role == Role::Stem).map_or(0..word.len(), |s| s.start..s.end)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::token::tokenize;

    #[test]
    fn no_protected_word_is_longer_than_the_buffer_for_it() {
        assert!(protected().iter().all(|word| word.len() < LONGEST_PROTECTED));
    }

    #[test]
    fn a_protected_word_in_ta_marbuta_stays_protected_with_a_possessive() {
        let letters = |word: &str| -> Vec<char> { crate::fold::fold_key(word).chars().collect() };
        assert!(is_protected_letters(&letters("فائدة")));
        assert!(is_protected_letters(&letters("فائدته")));
        assert!(is_protected_letters(&letters("فائدتها")));
        // The pronoun is no licence for any word (و + قيادته, his leadership, stays open).
        assert!(!is_protected_letters(&letters("وقيادته")));
    }

    fn cut(word: &str) -> Vec<(Role, String)> {
        let tokens = tokenize(word);
        assert_eq!(tokens.len(), 1, "{word} is one token");
        segment(word, &tokens[0]).iter().map(|s| (s.role, s.text(word).to_string())).collect()
    }

    fn shown(word: &str) -> String {
        cut(word).iter().map(|(_, t)| t.as_str()).collect::<Vec<_>>().join("+")
    }

    #[test]
    fn cuts_conjunctions_prepositions_and_the_article() {
        assert_eq!(shown("وبالجيش"), "و+ب+ال+جيش");
        assert_eq!(shown("للجيش"), "ل+ل+جيش");
        assert_eq!(shown("والقوات"), "و+ال+قوات");
        assert_eq!(shown("لقوات"), "ل+قوات");
        assert_eq!(shown("فالمدينة"), "ف+ال+مدينة");
        assert_eq!(shown("سيتم"), "س+يتم");
        assert_eq!(
            cut("وبالجيش").iter().map(|(r, _)| *r).collect::<Vec<_>>(),
            vec![Role::Conjunction, Role::Preposition, Role::Article, Role::Stem]
        );
    }

    #[test]
    fn never_cuts_protected_words() {
        assert_eq!(shown("بغداد"), "بغداد");
        assert_eq!(shown("وبغداد"), "و+بغداد");
        assert_eq!(shown("البوكمال"), "البوكمال");
        assert_eq!(shown("للبوكمال"), "ل+ل+بوكمال");
        assert_eq!(shown("وزارة"), "وزارة");
        assert_eq!(shown("ليبيا"), "ليبيا");
        assert_eq!(shown("كركوك"), "كركوك");
        assert_eq!(shown("فرنسا"), "فرنسا");
        assert_eq!(shown("وبيروت"), "و+بيروت");
    }

    #[test]
    fn cuts_enclitic_pronouns_but_never_after_the_article() {
        assert_eq!(shown("قواته"), "قوات+ه");
        assert_eq!(shown("مقاتليها"), "مقاتلي+ها");
        assert_eq!(shown("قادتهم"), "قادت+هم");
        assert_eq!(shown("وحلفاؤه"), "و+حلفاؤ+ه");
        assert_eq!(shown("منها"), "من+ها");
        assert_eq!(shown("الجبهة"), "ال+جبهة");
        assert_eq!(shown("اتجاه"), "اتجاه");
        assert_eq!(shown("لهم"), "ل+هم");
        assert_eq!(cut("لهم")[1].0, Role::Pronoun);
    }

    #[test]
    fn keeps_short_words_whole() {
        for word in ["من", "في", "بعد", "بلد", "لم", "كل", "ولا", "فيه"] {
            assert_eq!(shown(word), word);
        }
    }

    #[test]
    fn a_tatweel_or_quote_after_a_proclitic_is_a_joiner() {
        let word = "لـ\"داعش";
        let segments = cut(word);
        assert_eq!(
            segments,
            vec![
                (Role::Preposition, "ل".to_string()),
                (Role::Joiner, "ـ\"".to_string()),
                (Role::Stem, "داعش".to_string())
            ]
        );
        assert_eq!(shown("بـ”دولة"), "ب+ـ”+دولة");
        assert_eq!(shown("الـحرب"), "ال+ـ+حرب");
    }

    #[test]
    fn harakat_stay_with_their_letter() {
        assert_eq!(shown("وَالجَيْشُ"), "وَ+ال+جَيْشُ");
        assert_eq!(shown("قُوّاتُهُ"), "قُوّاتُ+هُ");
    }

    #[test]
    fn stem_range_finds_the_stem() {
        let word = "وللأمريكية";
        assert_eq!(&word[stem_range(word)], "أمريكية");
    }
}
