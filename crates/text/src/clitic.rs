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

use crate::fold::{fold_char, fold_key, is_mark};
use crate::token::{is_arabic_letter, Token, TokenKind};
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

/// FNV-1a: protected-word lookups hash a few chars per token, where SipHash costs more than
/// the rest of the segmentation. The keys are our own data, so hash flooding is no concern.
#[derive(Default)]
struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        let mut hash = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for byte in bytes {
            hash ^= u64::from(*byte);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = hash;
    }
}

type CharSet = HashSet<Vec<char>, BuildHasherDefault<Fnv>>;

/// The folded protected words, and among them the names (every class but `word`).
struct Protected {
    all: CharSet,
    names: CharSet,
}

/// Malformed lines are skipped here; the data test reports them with file and line.
fn protected_words() -> &'static Protected {
    static SET: OnceLock<Protected> = OnceLock::new();
    SET.get_or_init(|| {
        let rows = tsv::parse(
            "data/protected-words.tsv",
            PROTECTED_WORDS,
            &PROTECTED_HEADER,
        )
        .unwrap_or_default();
        let mut protected = Protected {
            all: CharSet::default(),
            names: CharSet::default(),
        };
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

/// True when `word` is a protected name (a place, country, person or organisation), whose
/// endings are part of the name rather than inflection.
pub fn is_protected_name(word: &str) -> bool {
    let key: Vec<char> = fold_key(word).chars().collect();
    protected_words().names.contains(&key)
}

const ALEF: char = 'ا';
const LAM: char = 'ل';

/// Enclitic pronouns, longest first, with the letters a stem must keep before each.
const ENCLITICS: &[(&str, usize)] = &[
    ("هما", 2),
    ("كما", 3),
    ("هم", 2),
    ("هن", 2),
    ("ها", 2),
    ("كم", 3),
    ("كن", 3),
    ("نا", 2),
    ("ه", 3),
    ("ك", 3),
];

/// Pronouns that may stand alone after ب or ل (`لهم`, `به`, `لي`, `لنا`).
const PRONOUNS_AFTER_PREPOSITION: &[&str] =
    &["ه", "ها", "هم", "هما", "هن", "ك", "كم", "كن", "ي", "نا"];

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
    fn starts_with(&self, at: usize, prefix: &str) -> bool {
        (at..)
            .zip(prefix.chars())
            .all(|(i, c)| self.raw.get(i) == Some(&c))
    }
    fn is_protected(&self, from: usize, to: usize) -> bool {
        from < to && to <= self.folded.len() && protected().contains(&self.folded[from..to])
    }
    fn equals(&self, from: usize, word: &str) -> bool {
        self.len().checked_sub(from) == Some(word.chars().count()) && self.starts_with(from, word)
    }
    fn is_pronoun_at(&self, from: usize) -> bool {
        PRONOUNS_AFTER_PREPOSITION
            .iter()
            .any(|p| self.equals(from, p))
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

/// Every proclitic sequence the word starts with (the empty one first): a conjunction, then a
/// preposition or the future particle, then the article (written ل after ل: لل).
fn prefixes<'a>(letters: &'a Letters<'a>) -> impl Iterator<Item = Prefix> + 'a {
    CONJUNCTIONS.iter().flat_map(move |&conjunction| {
        PARTICLES.iter().flat_map(move |&particle| {
            [false, true]
                .into_iter()
                .filter_map(move |article| build_prefix(letters, conjunction, particle, article))
        })
    })
}

fn build_prefix(
    letters: &Letters,
    conjunction: Option<char>,
    particle: Option<(Role, char)>,
    article: bool,
) -> Option<Prefix> {
    let mut prefix = Prefix::default();
    let mut at = 0;
    if let Some(c) = conjunction {
        (letters.raw.first() == Some(&c)).then_some(())?;
        prefix.push(Role::Conjunction, 1);
        at += 1;
    }
    if let Some((role, c)) = particle {
        let future_with_article = role == Role::Future && article;
        (letters.raw.get(at) == Some(&c) && !future_with_article).then_some(())?;
        prefix.push(role, 1);
        at += 1;
    }
    if article {
        // After ل the article loses its alef: ل + ال + جيش is written للجيش.
        let written = if particle.is_some_and(|(_, c)| c == LAM) {
            "ل"
        } else {
            "ال"
        };
        letters.starts_with(at, written).then_some(())?;
        prefix.push(Role::Article, written.chars().count());
    }
    Some(prefix)
}

/// Whether the stem left by `prefix` is long enough, and fits the particle before it.
fn stem_fits(letters: &Letters, prefix: &Prefix) -> bool {
    let used = prefix.letters();
    let stem = letters.len() - used;
    match prefix.last() {
        None => true,
        Some((Role::Article, _)) => stem >= 2,
        Some((Role::Future, _)) => {
            stem >= 3 && matches!(letters.raw.get(used), Some('ي' | 'ت' | 'ن' | 'أ'))
        }
        Some((Role::Preposition, _)) => stem >= 3 || letters.is_pronoun_at(used),
        _ => stem >= 3,
    }
}

/// True when `prefix` leaves a protected word, counting the article into it when the
/// protected name holds it (البوكمال).
fn leaves_protected(letters: &Letters, prefix: &Prefix) -> bool {
    let used = prefix.letters();
    letters.is_protected(used, letters.len())
        || matches!(prefix.last(), Some((Role::Article, k)) if letters.is_protected(used - k, letters.len()))
}

/// The enclitic to cut after `prefix_len` letters of proclitics, in letters (0 for none).
fn enclitic_len(letters: &Letters, prefix_len: usize) -> usize {
    let n = letters.len();
    for (pronoun, keep) in ENCLITICS {
        let len = pronoun.chars().count();
        if n < prefix_len + keep + len || !letters.starts_with(n - len, pronoun) {
            continue;
        }
        // اتجاه، أحيانا: after an alef these letters belong to the word.
        if letters.raw[n - len - 1] == ALEF && matches!(*pronoun, "ه" | "نا") {
            continue;
        }
        return len;
    }
    0
}

/// Chooses how to cut a word. A cut that leaves a protected word wins; otherwise the longest
/// valid run of proclitics, then an enclitic where the rules allow one.
fn choose_cut(letters: &Letters) -> Cut {
    let n = letters.len();
    if letters.is_protected(0, n) {
        return Cut::default();
    }
    let mut longest = Prefix::default();
    for prefix in prefixes(letters).filter(|p| stem_fits(letters, p)) {
        if leaves_protected(letters, &prefix) {
            let keeps_article = !letters.is_protected(prefix.letters(), n);
            let prefix = if keeps_article {
                prefix.without_last()
            } else {
                prefix
            };
            return Cut { prefix, suffix: 0 };
        }
        if prefix.letters() > longest.letters() {
            longest = prefix;
        }
    }
    let used = longest.letters();
    let may_take_pronoun = !longest.has(Role::Article) && !letters.is_protected(used, n);
    let suffix = if may_take_pronoun {
        enclitic_len(letters, used)
    } else {
        0
    };
    Cut {
        prefix: longest,
        suffix,
    }
}

/// Segments words with reusable buffers (one per thread keeps segmentation allocation-free).
#[derive(Debug, Default)]
pub struct Segmenter {
    raw: Vec<char>,
    folded: Vec<char>,
    /// For each letter: byte range in the original, extended over the marks that follow it.
    spans: Vec<(usize, usize)>,
    segments: Vec<Segment>,
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
            self.segments.push(Segment {
                role: Role::Stem,
                start: token.start,
                end: token.end,
            });
            return &self.segments;
        }
        self.collect_letters(word, token.start);
        let cut = choose_cut(&Letters {
            raw: &self.raw,
            folded: &self.folded,
        });
        self.emit(&cut, token);
        &self.segments
    }

    fn collect_letters(&mut self, word: &str, base: usize) {
        self.raw.clear();
        self.folded.clear();
        self.spans.clear();
        for (offset, c) in word.char_indices() {
            let range = (base + offset, base + offset + c.len_utf8());
            if is_arabic_letter(c) {
                self.raw.push(c);
                self.folded.push(fold_char(c).unwrap_or(c));
                self.spans.push(range);
            } else if is_mark(c) {
                if let Some(last) = self.spans.last_mut() {
                    last.1 = range.1;
                }
            }
        }
    }

    /// Turns a cut (in letters) into byte segments covering the whole token.
    fn emit(&mut self, cut: &Cut, token: &Token) {
        let n = self.raw.len();
        let letters = Letters {
            raw: &self.raw,
            folded: &self.folded,
        };
        let mut pieces: Vec<(Role, usize, usize)> = Vec::with_capacity(5);
        let mut at = 0;
        for &(role, len) in cut.prefix.parts() {
            pieces.push((role, at, at + len));
            at += len;
        }
        let after_preposition = matches!(cut.prefix.last(), Some((Role::Preposition, _)));
        let stem_role = if after_preposition && letters.is_pronoun_at(at) {
            Role::Pronoun
        } else {
            Role::Stem
        };
        pieces.push((stem_role, at, n - cut.suffix));
        if cut.suffix > 0 {
            pieces.push((Role::Pronoun, n - cut.suffix, n));
        }
        let mut cursor = token.start;
        for &(role, from, to) in pieces.iter().filter(|(_, from, to)| from < to) {
            let start = if cursor == token.start {
                token.start
            } else {
                self.spans[from].0
            };
            if start > cursor {
                self.segments.push(Segment {
                    role: Role::Joiner,
                    start: cursor,
                    end: start,
                });
            }
            let end = if to == n {
                token.end
            } else {
                self.spans[to - 1].1
            };
            self.segments.push(Segment { role, start, end });
            cursor = end;
        }
        if self.segments.is_empty() {
            self.segments.push(Segment {
                role: Role::Stem,
                start: token.start,
                end: token.end,
            });
        }
    }
}

/// The segments of one token (a convenience over [`Segmenter`]).
pub fn segment(text: &str, token: &Token) -> Vec<Segment> {
    Segmenter::new().segment(text, token).to_vec()
}

/// The stem of `word` as written: the word without its clitics, as a byte range of `word`.
pub fn stem_range(word: &str) -> std::ops::Range<usize> {
    let token = Token {
        kind: TokenKind::Word,
        start: 0,
        end: word.len(),
    };
    let mut segmenter = Segmenter::new();
    let segments = segmenter.segment(word, &token);
    segments
        .iter()
        .find(|s| s.role == Role::Stem)
        .map_or(0..word.len(), |s| s.start..s.end)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::token::tokenize;

    fn cut(word: &str) -> Vec<(Role, String)> {
        let tokens = tokenize(word);
        assert_eq!(tokens.len(), 1, "{word} is one token");
        segment(word, &tokens[0])
            .iter()
            .map(|s| (s.role, s.text(word).to_string()))
            .collect()
    }

    fn shown(word: &str) -> String {
        cut(word)
            .iter()
            .map(|(_, t)| t.as_str())
            .collect::<Vec<_>>()
            .join("+")
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
            vec![
                Role::Conjunction,
                Role::Preposition,
                Role::Article,
                Role::Stem
            ]
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
