//! Boilerplate removal: lines that one source repeats across many of its articles ("اظهر
//! المزيد", "زر الذهاب إلى الأعلى", share and subscribe lines) are taken out of the text.
//!
//! The rule is learned from the articles themselves: a line, normalised (marks, letter
//! variants and digits folded), that a source prints in many distinct articles, and in a good
//! share of all its articles, is that source's boilerplate. A short seed list of well-known
//! phrases is used as a prior, from the first article on. [`Deboilerplate`] works on a stream:
//! it holds a window of articles, adds their lines to the per-source counts, strips them, and
//! yields them in order; the counts carry over to later windows.
//!
//! Guards keep real content: a long line (prose) must be repeated far more often than a short
//! one, a source must have been seen enough, and an article is never emptied.

use std::collections::hash_map::DefaultHasher;
use std::collections::{BTreeMap, HashMap, HashSet, VecDeque};
use std::hash::{Hash, Hasher};

use marsad_model::Article;

use crate::html::host_of;
use crate::Item;

/// Articles held at a time, by default.
pub const DEFAULT_WINDOW: usize = 1000;

/// A short line must appear in at least this many distinct articles of its source…
const SHORT_MIN_ARTICLES: u32 = 5;
/// …and in at least this share of all the source's articles seen.
const SHORT_MIN_SHARE: f64 = 0.02;

/// Lines of more words than this are prose, and need much more to be taken for boilerplate:
/// the same paragraph in many articles is also what a republished story looks like.
const SHORT_MAX_WORDS: usize = 10;
const LONG_MIN_ARTICLES: u32 = 50;
const LONG_MIN_SHARE: f64 = 0.10;

/// Seed phrases (normalised): the whole line is boilerplate.
const SEED_LINES: &[&str] = &[
    "اظهر المزيد",
    "زر الذهاب الي الاعلي",
    "اخبار عاجله",
    "اقرا المزيد",
    "شارك",
    "شارك الخبر",
    "شارك المقال",
    "مشاركه",
    "اشترك",
    "اشترك الان",
    "جميع الحقوق محفوظه",
    "اعلان",
    "share",
    "subscribe",
    "read more",
    "advertisement",
];

/// Seed prefixes (normalised): a line starting so is a link to other content or a call to
/// follow the outlet, whatever follows, up to [`SEED_PREFIX_MAX_WORDS`].
const SEED_PREFIXES: &[&str] =
    &["اقرا ايضا", "اقرا كذلك", "شاهد ايضا", "تابعونا علي", "للمزيد من الاخبار", "اضغط هنا"];
const SEED_PREFIX_MAX_WORDS: usize = 25;

/// What a [`Deboilerplate`] has removed so far.
#[derive(Debug, Clone, Default)]
pub struct BoilerplateReport {
    /// Lines removed, over all articles.
    pub lines_removed: u64,
    /// Articles that lost at least one line.
    pub articles_changed: u64,
    /// For each source and removed line (as first met), how many times it was removed.
    pub removed: BTreeMap<(String, String), u64>,
}

/// Line counts of one source.
#[derive(Debug, Default)]
struct SourceCounts {
    articles: u32,
    /// Distinct articles each normalised line (by hash) appeared in.
    lines: HashMap<u64, u32>,
}

/// An iterator adapter that removes each source's boilerplate lines from article texts.
///
/// Problems pass through untouched and in place. Articles come out in the order they went in,
/// up to a window later.
pub struct Deboilerplate<I> {
    inner: I,
    window: usize,
    waiting: VecDeque<Item>,
    counts: HashMap<String, SourceCounts>,
    /// Texts already counted, so a story that repeats whole does not vote for its own lines.
    seen_texts: HashSet<u64>,
    report: BoilerplateReport,
    exhausted: bool,
}

impl<I: Iterator<Item = Item>> Deboilerplate<I> {
    /// Strips `inner`, with a window of [`DEFAULT_WINDOW`] articles.
    pub fn new(inner: I) -> Self {
        Deboilerplate::with_window(inner, DEFAULT_WINDOW)
    }

    /// Strips `inner`, learning from `window` articles at a time (at least one).
    pub fn with_window(inner: I, window: usize) -> Self {
        Deboilerplate {
            inner,
            window: window.max(1),
            waiting: VecDeque::new(),
            counts: HashMap::new(),
            seen_texts: HashSet::new(),
            report: BoilerplateReport::default(),
            exhausted: false,
        }
    }

    /// What was removed so far; complete once the iterator is exhausted.
    pub fn report(&self) -> &BoilerplateReport {
        &self.report
    }

    /// Reads the next window, counts its lines, and strips its articles.
    fn fill_window(&mut self) {
        let mut window: Vec<Item> = Vec::with_capacity(self.window);
        while window.len() < self.window {
            match self.inner.next() {
                Some(item) => window.push(item),
                None => {
                    self.exhausted = true;
                    break;
                }
            }
        }
        // Each line is normalised and hashed once, for counting and stripping both.
        let lines: Vec<Vec<Line>> = window
            .iter()
            .map(|item| item.as_ref().map_or_else(|_| Vec::new(), |article| Line::all(&article.text)))
            .collect();
        for (article, lines) in window.iter().zip(&lines) {
            if let Ok(article) = article {
                self.count(article, lines);
            }
        }
        for (article, lines) in window.iter_mut().zip(&lines) {
            if let Ok(article) = article {
                self.strip(article, lines);
            }
        }
        self.forget_singletons();
        self.waiting.extend(window);
    }

    fn count(&mut self, article: &Article, lines: &[Line]) {
        if !self.seen_texts.insert(hash(&article.text)) {
            return;
        }
        let counts = self.counts.entry(source_key(article)).or_default();
        counts.articles += 1;
        let distinct: HashSet<u64> =
            lines.iter().filter_map(|line| line.normal.as_ref().map(|(_, hash)| *hash)).collect();
        for line in distinct {
            *counts.lines.entry(line).or_default() += 1;
        }
    }

    /// Keeps memory flat over a long stream: a line met in only one article so far is dropped
    /// from the counts. Boilerplate recurs within any window, so it is never among them.
    fn forget_singletons(&mut self) {
        for counts in self.counts.values_mut() {
            counts.lines.retain(|_, seen| *seen > 1);
        }
    }

    /// Strips `article`, whose text's lines are `lines`.
    fn strip(&mut self, article: &mut Article, lines: &[Line]) {
        let key = source_key(article);
        let counts = self.counts.get(&key);
        let mut removed = Vec::new();
        let mut has_content = false;
        let kept: Vec<&str> = article
            .text
            .lines()
            .zip(lines)
            .filter(|(line, normalised)| {
                // A line without letters is kept, and is no content: an article left with
                // none keeps its text.
                let Some((norm, hash)) = &normalised.normal else { return true };
                let boilerplate = is_boilerplate(norm, *hash, counts);
                if boilerplate {
                    removed.push(line.trim().to_string());
                }
                has_content |= !boilerplate;
                !boilerplate
            })
            .map(|(line, _)| line)
            .collect();
        if removed.is_empty() || !has_content {
            return;
        }
        article.text = kept.join("\n");
        self.report.articles_changed += 1;
        self.report.lines_removed += removed.len() as u64;
        for line in removed {
            *self.report.removed.entry((key.clone(), line)).or_default() += 1;
        }
    }
}

impl<I: Iterator<Item = Item>> Iterator for Deboilerplate<I> {
    type Item = Item;

    fn next(&mut self) -> Option<Item> {
        if self.waiting.is_empty() && !self.exhausted {
            self.fill_window();
        }
        self.waiting.pop_front()
    }
}

/// The source an article's lines are counted under: its outlet, else its site.
fn source_key(article: &Article) -> String {
    let source = article.source.as_deref().map(str::trim).filter(|source| !source.is_empty());
    source.map(str::to_string).or_else(|| article.url.as_deref().and_then(host_of)).unwrap_or_default()
}

/// One line of a text as the counts see it: normalised, with the hash of that.
struct Line {
    /// `None` for a line with no letters.
    normal: Option<(String, u64)>,
}

impl Line {
    /// The lines of `text`, in the order of [`str::lines`].
    fn all(text: &str) -> Vec<Line> {
        text.lines()
            .map(|line| Line {
                normal: normalise(line).map(|norm| {
                    let hash = hash(&norm);
                    (norm, hash)
                }),
            })
            .collect()
    }
}

/// Whether a normalised line (whose hash is `line_hash`) is boilerplate for a source with
/// these counts.
fn is_boilerplate(line: &str, line_hash: u64, counts: Option<&SourceCounts>) -> bool {
    if is_seed(line) {
        return true;
    }
    let Some(counts) = counts else { return false };
    let seen = counts.lines.get(&line_hash).copied().unwrap_or(0);
    let share = f64::from(seen) / f64::from(counts.articles.max(1));
    if line.split(' ').count() <= SHORT_MAX_WORDS {
        seen >= SHORT_MIN_ARTICLES && share >= SHORT_MIN_SHARE
    } else {
        seen >= LONG_MIN_ARTICLES && share >= LONG_MIN_SHARE
    }
}

fn is_seed(line: &str) -> bool {
    SEED_LINES.contains(&line)
        || SEED_PREFIXES.iter().any(|prefix| {
            let after = line.strip_prefix(prefix);
            after.is_some_and(|rest| rest.is_empty() || rest.starts_with(' '))
                && line.split(' ').count() <= SEED_PREFIX_MAX_WORDS
        })
}

/// A line reduced to what tells two copies apart: Arabic marks and tatweel removed, letter
/// variants folded (أ إ آ → ا, ى → ي, ة → ه), Latin lowercased, punctuation dropped, spaces
/// collapsed. `None` for a line with no letters. Digits are kept: lines that differ only in a
/// number ("قتل 3 أشخاص", "قتل 5 أشخاص") are news, not boilerplate.
pub(crate) fn normalise(line: &str) -> Option<String> {
    let mut out = String::with_capacity(line.len());
    let mut space = false;
    let mut letters = false;
    for c in line.chars() {
        match normalise_char(c) {
            Normalised::Mark => {}
            Normalised::Separator => space = !out.is_empty(),
            Normalised::Kept { folded, letter } => {
                if space {
                    out.push(' ');
                    space = false;
                }
                letters |= letter;
                out.push(folded);
            }
        }
    }
    letters.then_some(out)
}

/// What [`normalise`] makes of one character.
enum Normalised {
    /// A mark or tatweel: dropped without a trace.
    Mark,
    /// Punctuation or space: words on either side stay apart.
    Separator,
    Kept {
        folded: char,
        letter: bool,
    },
}

/// One character of [`normalise`]. ASCII and the Arabic block are answered by ranges first:
/// the Unicode tables behind `is_alphabetic` and `to_lowercase` cost more than the rest of
/// the ingest's reading put together.
fn normalise_char(c: char) -> Normalised {
    let kept = |folded: char, letter: bool| Normalised::Kept { folded, letter };
    match c {
        'a'..='z' => kept(c, true),
        'A'..='Z' => kept(c.to_ascii_lowercase(), true),
        '0'..='9' | '\u{0660}'..='\u{0669}' | '\u{06F0}'..='\u{06F9}' => kept(c, false),
        '\u{064B}'..='\u{0652}' | '\u{0670}' | '\u{0640}' => Normalised::Mark,
        'أ' | 'إ' | 'آ' | 'ٱ' => kept('ا', true),
        'ى' => kept('ي', true),
        'ة' => kept('ه', true),
        '\u{0621}'..='\u{063F}' | '\u{0641}'..='\u{064A}' => kept(c, true),
        _ if c.is_ascii() => Normalised::Separator,
        c if c.is_numeric() => kept(c, c.is_alphabetic()),
        c if c.is_alphabetic() => {
            let folded = c.to_lowercase().next().unwrap_or(c);
            kept(folded, folded.is_alphabetic())
        }
        _ => Normalised::Separator,
    }
}

fn hash(text: &str) -> u64 {
    let mut hasher = DefaultHasher::new();
    text.hash(&mut hasher);
    hasher.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn article(id: usize, source: &str, text: String) -> Item {
        Ok(Article { id: id.to_string(), source: Some(source.into()), text, ..Article::default() })
    }

    #[test]
    fn lines_are_normalised() {
        assert_eq!(normalise("  اقرأ أيضاً: ").as_deref(), Some("اقرا ايضا"));
        assert_eq!(normalise("زر الذهاب إلى الأعلى").as_deref(), Some("زر الذهاب الي الاعلي"));
        assert_eq!(normalise("آخر تحديث 12/3/2019").as_deref(), Some("اخر تحديث 12 3 2019"));
        assert_eq!(normalise(" -- 12 | "), None);
    }

    /// The fast ranges of `normalise_char` answer as the Unicode tables do, for every
    /// character outside the folds it makes on purpose.
    #[test]
    fn character_ranges_agree_with_the_unicode_tables() {
        let deliberate = |c: char| {
            matches!(c, 'أ' | 'إ' | 'آ' | 'ٱ' | 'ى' | 'ة' | '\u{064B}'..='\u{0652}' | '\u{0670}' | '\u{0640}')
        };
        for c in (0..=0x2FFFFu32).filter_map(char::from_u32).filter(|c| !deliberate(*c)) {
            let expected = if c.is_numeric() {
                Some((c, c.is_alphabetic()))
            } else if c.is_alphabetic() {
                let folded = c.to_lowercase().next().unwrap_or(c);
                Some((folded, folded.is_alphabetic()))
            } else {
                None
            };
            let got = match normalise_char(c) {
                Normalised::Kept { folded, letter } => Some((folded, letter)),
                _ => None,
            };
            assert_eq!(got, expected, "{c:?} U+{:04X}", c as u32);
        }
    }

    #[test]
    fn seeds_are_removed_from_the_first_article() {
        assert!(is_seed("اقرا ايضا"));
        assert!(is_seed("اقرا ايضا مقتل ثلاثه في غاره"));
        assert!(is_seed("شارك"));
        assert!(!is_seed("شارك مئات في تظاهره وسط المدينه"));
        assert!(!is_seed("اقرا ايضاح"));
    }

    #[test]
    fn a_line_repeated_by_one_source_is_removed_and_content_stays() {
        let items: Vec<Item> = (0..40)
            .map(|i| {
                let source = if i % 2 == 0 { "أ" } else { "ب" };
                let body = format!("سقطت قذيفة على الحي رقم {i} وأصابت منزلاً.\nتابع آخر الأخبار عبر تطبيقنا\nأعلنت اللجنة نتائج التحقيق {}.", i * 7);
                article(i, source, body)
            })
            .collect();
        let mut stripped = Deboilerplate::with_window(items.into_iter(), 16);
        let out: Vec<Article> = stripped.by_ref().map(Result::unwrap).collect();
        assert_eq!(out.len(), 40);
        assert_eq!(out[3].id, "3");
        assert!(out.iter().all(|a| !a.text.contains("تطبيقنا")), "{:?}", out[0].text);
        assert!(out.iter().all(|a| a.text.lines().count() == 2));
        assert_eq!(stripped.report().lines_removed, 40);
        assert_eq!(stripped.report().removed.len(), 2);
    }

    #[test]
    fn rare_lines_long_lines_and_whole_articles_are_kept() {
        let prose =
            "قالت الأمم المتحدة في بيان اليوم إن المساعدات الإنسانية لم تصل إلى المدينة منذ ثلاثة أسابيع";
        let mut items: Vec<Item> =
            (0..30).map(|i| article(i, "ج", format!("{prose}\nخبر رقم {i} عن موضوع {}", i * 13))).collect();
        // A republished story: every line in 6 articles, but rare in the source.
        items.extend((0..100).map(|i| article(100 + i, "ج", format!("سطر مختلف {i} كل مرة {}", i * 3))));
        items.push(article(999, "ج", "شارك".into()));
        let out: Vec<Article> = Deboilerplate::new(items.into_iter()).map(Result::unwrap).collect();
        assert!(out[0].text.starts_with(prose), "long prose in 23% of articles stays");
        assert_eq!(out.last().unwrap().text, "شارك", "an article is never emptied");
    }

    #[test]
    fn problems_pass_through_in_place() {
        let problem =
            crate::Problem::skipped(std::path::Path::new("x"), Some(2), crate::ProblemKind::NotAnObject);
        let items =
            vec![article(1, "د", "نص".into()), Err(problem.clone()), article(2, "د", "نص آخر".into())];
        let out: Vec<Item> = Deboilerplate::with_window(items.into_iter(), 2).collect();
        assert_eq!(out[1], Err(problem));
        assert_eq!(out[2].as_ref().unwrap().id, "2");
    }
}
