//! Finding cue words in a text: every inflected form of every listed cue, keyed by its folded
//! letters, looked up word by word with each proclitic reading the segmenter allows (the
//! whole word first: `وصل` is "arrived" before it is و + صل).
//!
//! A reading must suit the word's class: the article goes with nouns and participles, the
//! future س with the imperfect. Phrases (`فتح النار`، `وقف إطلاق النار`) are matched on the
//! folded words after their first one, and the longest phrase wins over a single word. A
//! verbal event phrase is also found with a gap after its verb, where the caller says a
//! subject may stand ([`CueIndex::find_split`]: `أطلق مسلحون النار`).
//!
//! What the table says of a word depends on its folded letters alone: which readings leave a
//! listed form, and the entries that suit each. That is the word's plan, made once and kept
//! in a per-thread [`Memo`]; only the words after it (phrases) and whether it is written
//! with ة are read from the text each time. A Bloom filter turns most words away before the
//! memo is asked.

use std::cell::RefCell;
use std::sync::atomic::{AtomicU64, Ordering};

use marsad_text::hash::KeyFilter;
use rustc_hash::FxHashMap;

use marsad_text::clitic::{for_each_proclitic_reading, is_protected_letters, Proclitics};
use marsad_text::fold::fold_key;
use marsad_text::token::{is_arabic_letter, KeyedTokens};

use crate::cues::{Cue, CueData, CueRole, WordClass};
use crate::inflect::inflect_written;
use crate::memo::Memo;

/// A listed cue, by its inflected first word: small, and copied into the plans of the words
/// that may be it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Entry {
    cue: u32,
    class: WordClass,
    /// The folded words after the first one, for a phrase: `phrases[rest]` (0, no words,
    /// for a single word).
    rest: u32,
    /// How many words `rest` has.
    rest_words: u16,
    /// The byte length of the phrase's second word (0 for a single word): a phrase whose
    /// next word has another length is turned away without reading its words.
    next_len: u16,
}

/// Cue words found in a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CueMatch {
    /// Indexes into [`CueData::cues`]: every cue the words can be (a word may be both an event
    /// trigger and a claim cue: نفى).
    pub cues: Vec<usize>,
    /// The first and last token of the match (one token for a single word).
    pub first_token: usize,
    pub last_token: usize,
    /// Byte range in the text, without the first word's proclitics.
    pub start: usize,
    pub end: usize,
    /// The proclitics the first word carries.
    pub proclitics: Proclitics,
}

/// The compiled cue lists.
#[derive(Debug, Clone)]
pub struct CueIndex {
    pub data: CueData,
    /// Every inflected form, by its folded letters: its number in `entries`.
    forms: FxHashMap<String, u32>,
    /// The entries of each form, longest phrase first.
    entries: Vec<Vec<Entry>>,
    /// The words after the first of every phrase; the first, empty, is a single word's.
    phrases: Vec<Vec<String>>,
    /// A Bloom filter over every form: a word, and each cut of its first letters, is asked
    /// of the table only when the filter may hold it, so most words are planned in a few
    /// instructions.
    filter: KeyFilter,
    /// Tells this index's plans apart from another index's in a thread's memo.
    identity: u64,
    /// The verbal phrases whose words a subject may stand between (`أطلق مسلحون النار`), by
    /// the inflected form of their verb.
    split_verbs: FxHashMap<String, Vec<Entry>>,
    /// A filter over `split_verbs`' forms: the split search asks about every word (twice for
    /// one after و or ف), and the map's probe of its strings cost more than the rest of it.
    split_filter: KeyFilter,
    /// Each cue's form folded, whole and its first word alone (`data.cues` order): the
    /// extractors compare a matched word with them for every trigger, so they are folded
    /// once here rather than on every comparison.
    folded: Vec<(String, String)>,
}

/// A verbal phrase found with its subject between its verb and its other words (`أطلقت
/// قوات الأمن سراح`): the verb alone as the match, and the tokens of the phrase's other words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SplitMatch {
    pub verb: CueMatch,
    pub rest: std::ops::Range<usize>,
}

/// One entry a word may be, with the proclitics it is read with: a word's plan is its
/// candidates in the order they are tried, those of one reading together.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Candidate {
    /// The reading's number in the plan: the readings are tried in turn.
    reading: u16,
    proclitics: Proclitics,
    entry: Entry,
}

impl CueIndex {
    pub fn new(data: CueData) -> Self {
        let mut phrases = vec![Vec::new()];
        let mut phrase_ids: FxHashMap<Vec<String>, u32> = FxHashMap::default();
        phrase_ids.insert(Vec::new(), 0);
        let mut by_form: FxHashMap<String, Vec<Entry>> = FxHashMap::default();
        let mut split_verbs: FxHashMap<String, Vec<Entry>> = FxHashMap::default();
        for (index, cue) in data.cues.iter().enumerate() {
            let rest = phrase_rest(cue);
            let linked = rest.first().is_some_and(|w| LINKING_WORDS.contains(&w.as_str()));
            let entry = Entry {
                cue: index as u32,
                class: cue.class,
                rest_words: rest.len() as u16,
                next_len: rest.first().map_or(0, |w| w.len() as u16),
                rest: *phrase_ids.entry(rest.clone()).or_insert_with(|| {
                    phrases.push(rest);
                    (phrases.len() - 1) as u32
                }),
            };
            // Only event phrases: a claim or modality phrase split by a name (`نفى المصدر صحة`)
            // is read by its first word already.
            // A phrase whose second word is a preposition or particle (`حقق في`، `دعا إلى`)
            // is not split: after a gap, such a word belongs to anything (`حقق المنتخب فوزا في`).
            let splits = entry.rest_words > 0
                && matches!(cue.class, WordClass::Past | WordClass::Present)
                && matches!(cue.role, CueRole::Trigger { .. })
                && !linked;
            for form in inflect_written(first_word(&cue.form), cue.class) {
                if splits {
                    split_verbs.entry(form.clone()).or_default().push(entry);
                }
                by_form.entry(form).or_default().push(entry);
            }
        }
        let filter = KeyFilter::with_bits(by_form.keys(), FILTER_BITS);
        let split_filter = KeyFilter::new(split_verbs.keys());
        let (mut forms, mut entries) = (FxHashMap::default(), Vec::with_capacity(by_form.len()));
        for (form, mut list) in by_form {
            // Longest phrases first, so the first entry that fits is the one to take.
            list.sort_by_key(|e| std::cmp::Reverse(e.rest_words));
            forms.insert(form, entries.len() as u32);
            entries.push(list);
        }
        let identity = NEXT_IDENTITY.fetch_add(1, Ordering::Relaxed);
        let folded =
            data.cues.iter().map(|cue| (fold_key(&cue.form), fold_key(first_word(&cue.form)))).collect();
        CueIndex { data, forms, entries, phrases, filter, identity, split_verbs, split_filter, folded }
    }

    /// The form of cue `cue` (an index into [`CueData::cues`]) folded, as `fold_key` folds
    /// it; empty for no cue.
    pub fn folded_form(&self, cue: usize) -> &str {
        self.folded.get(cue).map_or("", |(whole, _)| whole)
    }

    /// The cues a folded word is on its own, with no words after it (indexes into
    /// [`CueData::cues`]): what a word is outside the phrase a match read it in.
    pub fn single_word_cues(&self, key: &str) -> impl Iterator<Item = usize> + '_ {
        let entries = self.forms.get(key).and_then(|&form| self.entries.get(form as usize));
        entries.into_iter().flatten().filter(|entry| entry.rest_words == 0).map(|entry| entry.cue as usize)
    }

    /// The first word of cue `cue`'s form (all of it for a single word) folded, as
    /// `fold_key` folds it; empty for no cue.
    pub fn folded_first_word(&self, cue: usize) -> &str {
        self.folded.get(cue).map_or("", |(_, first)| first)
    }

    /// The verbal phrases of the text written with a gap after their verb, where `gap_fits`
    /// (given the gap's first and last token) says what may stand there: the verb's subject.
    /// A verb inside `found` is taken only when it is a single word there; a gap of one to
    /// [`MAX_SUBJECT_GAP`] tokens is tried, shortest first.
    /// `words[i]` is `keys.key(i)`, as for [`CueIndex::find_words`]. Only the tokens of
    /// `readable` (ascending) are looked at: a split verb's form, bare or after و or ف, is a
    /// listed form, so its word passes the filter [`CueIndex::find_words`] asks first, and
    /// the tokens it notes as passing (nearly every other word is turned away by then) are
    /// all this search needs; `0..tokens` looks at every token.
    pub fn find_split(
        &self,
        keys: &KeyedTokens,
        words: &[&str],
        found: &[CueMatch],
        readable: impl IntoIterator<Item = usize>,
        gap_fits: impl Fn(usize, usize) -> bool,
    ) -> Vec<SplitMatch> {
        let keys = &Text { keys, words };
        if self.split_verbs.is_empty() {
            return Vec::new();
        }
        let mut in_phrase = vec![false; keys.keys.tokens.len()];
        for m in found.iter().filter(|m| m.last_token > m.first_token) {
            for slot in in_phrase.iter_mut().take(m.last_token + 1).skip(m.first_token) {
                *slot = true;
            }
        }
        let mut splits = Vec::new();
        // The first token a split may start at: past the words of the last one found.
        let mut next = 0;
        for index in readable {
            if index < next || in_phrase.get(index).is_none_or(|&taken| taken) {
                continue;
            }
            if let Some(split) = self.split_at(keys, index, &gap_fits) {
                next = split.rest.end;
                splits.push(split);
            }
        }
        splits
    }

    /// The split phrase whose verb is the word at `index` (bare, or after و or ف).
    fn split_at(
        &self,
        keys: &Text,
        index: usize,
        gap_fits: &impl Fn(usize, usize) -> bool,
    ) -> Option<SplitMatch> {
        let key = word_key(keys, index)?;
        let conjunction = without_conjunction(key).filter(|rest| rest.len() >= 4);
        // Nearly every word is no split verb, bare or after و or ف: the filter says so
        // before the raw word is read (of the whole word from its mix, read once for every
        // reader).
        let may_split = |form: &str| self.split_filter.may_contain(form.as_bytes());
        let whole = self.split_filter.may_contain_mix(keys.keys.mix(index));
        if !whole && !conjunction.is_some_and(may_split) {
            return None;
        }
        // Written with tanween, the word is a noun or an adverb (`قدماً`), not the verb.
        let raw = keys.keys.raw(index);
        if raw.ends_with('\u{064B}') || raw.ends_with("\u{064B}ا") {
            return None;
        }
        // The whole word's answer is known already; the cut's is asked again only here.
        let readings = [(key, 0, Some(whole)), (conjunction.unwrap_or_default(), 1, None)];
        for &(form, letters, known) in readings.iter().filter(|(form, _, _)| !form.is_empty()) {
            if !known.unwrap_or_else(|| may_split(form)) {
                continue;
            }
            let Some(entries) = self.split_verbs.get(form) else { continue };
            for gap in 1..=MAX_SUBJECT_GAP {
                let rest_start = index + 1 + gap;
                let fits = |entry: &&Entry| self.rest_follows(keys, rest_start, entry);
                let Some(entry) = entries.iter().find(fits) else { continue };
                if !gap_fits(index + 1, index + gap) {
                    continue;
                }
                let proclitics = Proclitics { letters, conjunction: letters > 0, ..Proclitics::default() };
                let token = keys.keys.tokens[index];
                let cues = entries.iter().filter(|e| e.rest == entry.rest).map(|e| e.cue as usize).collect();
                let verb = CueMatch {
                    cues,
                    first_token: index,
                    last_token: index,
                    start: token.start + letters_bytes(raw, letters),
                    end: token.end,
                    proclitics,
                };
                return Some(SplitMatch {
                    verb,
                    rest: rest_start..rest_start + usize::from(entry.rest_words),
                });
            }
        }
        None
    }

    /// Whether the words of `entry`'s phrase after its first stand from token `at` on.
    fn rest_follows(&self, keys: &Text, at: usize, entry: &Entry) -> bool {
        let Some(rest) = self.phrases.get(entry.rest as usize) else { return false };
        rest.iter().enumerate().all(|(offset, word)| word_key(keys, at + offset) == Some(word.as_str()))
    }

    /// Every cue in the text whose words are `keys` (folded once, for every reader), in
    /// order; matches do not overlap.
    pub fn find(&self, keys: &KeyedTokens) -> Vec<CueMatch> {
        self.find_words(keys, keys.keys()).0
    }

    /// [`CueIndex::find`] for a reader that holds every token's key already: `words[i]` is
    /// `keys.key(i)`, read from the slice rather than sliced out of the folded text again.
    /// With the matches come the tokens whose word passed the filter (ascending), which is
    /// what [`CueIndex::find_split`] needs to look at.
    pub fn find_words(&self, keys: &KeyedTokens, words: &[&str]) -> (Vec<CueMatch>, Vec<usize>) {
        let text = Text { keys, words };
        MEMO.with(|memo| match memo.try_borrow_mut() {
            Ok(mut memo) => self.find_with(&text, &mut memo),
            // Only if a find ran inside another on this thread: plan afresh.
            Err(_) => self.find_with(&text, &mut Memo::new(1, 0)),
        })
    }

    fn find_with(&self, keys: &Text, memo: &mut Memo<Candidate>) -> (Vec<CueMatch>, Vec<usize>) {
        memo.serve(self.identity);
        let tokens = keys.keys.tokens;
        // About one word in fourteen of ANT is a cue: room for that, so few articles grow it.
        let mut found = Vec::with_capacity(tokens.len() / 8);
        let mut readable = Vec::with_capacity(tokens.len() / 4);
        // The first token after the last match: a phrase's other words start no match.
        let mut next = 0;
        for (index, &key) in keys.words.iter().enumerate().take(tokens.len()) {
            if index < next || key.is_empty() || !self.may_have_readings(key, keys.keys.mix(index)) {
                continue;
            }
            readable.push(index);
            if let Some(m) = self.match_at(keys, index, key, memo) {
                // The words a phrase passes over are asked too: a caller may drop the match (a
                // cue inside a name) and look at them after all.
                let inside = index + 1..=m.last_token;
                readable.extend(inside.filter(|&at| self.is_readable(keys, at)));
                next = m.last_token + 1;
                found.push(m);
            }
        }
        (found, readable)
    }

    /// Whether the word at `index` passes the filter: it may have a reading at all. (The
    /// find's loop asks it inline, of the key it holds.)
    fn is_readable(&self, keys: &Text, index: usize) -> bool {
        word_key(keys, index).is_some_and(|key| self.may_have_readings(key, keys.keys.mix(index)))
    }

    /// The cue starting at token `index`, whose word `key` passes the filter: the first
    /// reading of the word's plan that fits the words of the text.
    fn match_at(&self, keys: &Text, index: usize, key: &str, memo: &mut Memo<Candidate>) -> Option<CueMatch> {
        let plan = memo.items(key, |plan| self.plan(key, plan));
        if plan.is_empty() {
            return None;
        }
        // A word written with ة is a noun: `إضافة` is not أضاف + ه ("added it").
        let nominal_spelling = keys.keys.raw(index).ends_with('ة');
        plan.chunk_by(|a, b| a.reading == b.reading)
            .find_map(|reading| self.match_reading(keys, index, reading, nominal_spelling))
    }

    /// Appends to `plan` the candidates of `key`, in the order they are tried: the whole word
    /// first, then (unless the word is protected) each proclitic reading. What the table
    /// says of the word alone, whatever follows it; nothing for nearly every word.
    fn plan(&self, key: &str, plan: &mut Vec<Candidate>) {
        let mut reading = 0u16;
        let mut push = |stem: &str, proclitics: Proclitics| {
            let Some(&form) = self.forms.get(stem) else { return };
            // An entry that does not suit the reading can never match with it.
            let suiting = self.entries[form as usize].iter().filter(|e| suits(e.class, proclitics));
            plan.extend(suiting.map(|&entry| Candidate { reading, proclitics, entry }));
            reading = reading.saturating_add(1);
        };
        push(key, Proclitics::default());
        if !self.may_be_listed_after_proclitics(key) {
            return;
        }
        let letters: Vec<char> = key.chars().collect();
        // A protected word is never cut (`بعدما` is "after", not ب + عدم).
        if is_protected_letters(&letters) {
            return;
        }
        // Short particles after و or ف (`ولم`، `وقد`، `فلن`): the segmenter keeps two-letter
        // words whole, but a lookup knows its words and may cut them.
        if letters.len() == 3 && matches!(letters[0], 'و' | 'ف') {
            let reading = Proclitics { letters: 1, conjunction: true, ..Proclitics::default() };
            push(&key[letters[0].len_utf8()..], reading);
        }
        for_each_proclitic_reading(&letters, |reading| {
            if reading.letters > 0 {
                let cut: usize = letters.iter().take(reading.letters).map(|c| c.len_utf8()).sum();
                push(&key[cut..], reading);
            }
        });
    }

    /// Whether `key` (whose filter mix is `mix`) may have a reading at all: the word, or the
    /// word without up to four proclitic letters, may be a form. Asks the filter only.
    #[inline(always)]
    fn may_have_readings(&self, key: &str, mix: u64) -> bool {
        self.filter.may_contain_mix(mix) || self.cuts_may_be_listed(key, |_| true)
    }

    /// Whether cutting up to four proclitic letters off `key` may leave a listed form: only
    /// cuts made of proclitic letters (و ف ب ك ل س and the ا of ال) and not ending in ا are
    /// asked, of the filter first.
    fn may_be_listed_after_proclitics(&self, key: &str) -> bool {
        self.cuts_may_be_listed(key, |stem| self.forms.contains_key(stem))
    }

    /// Whether a cut of `key` as [`CueIndex::may_be_listed_after_proclitics`] makes them
    /// passes the filter and `listed`. Read in bytes: the proclitic letters all take two, so
    /// the cuts are at even bytes while the letters before are proclitics.
    ///
    /// The cut after `at` bytes is asked when every letter before it is a proclitic letter, the
    /// last of them not ا, and a stem is left: one test of each letter, where the loop over
    /// letter counts tested the room and the alef again at every step (this runs for some
    /// 200,000 words of 1,000 articles, those the filter turns away whole).
    #[inline(always)]
    fn cuts_may_be_listed(&self, key: &str, listed: impl Fn(&str) -> bool) -> bool {
        let bytes = key.as_bytes();
        let mut at = 2;
        while at <= 2 * MAX_PROCLITIC_LETTERS && at < bytes.len() {
            let Some(letter) = bytes.get(at - 2..at) else { return false };
            if !is_proclitic_letter(letter) {
                return false;
            }
            // `at` follows two-byte letters only: a character boundary.
            if letter != ALEF {
                let stem = key.get(at..).unwrap_or_default();
                if self.filter.may_contain(stem.as_bytes()) && listed(stem) {
                    return true;
                }
            }
            at += 2;
        }
        false
    }

    /// The match of one reading (its candidates) of the word at `index`: the longest phrase
    /// whose words follow, with every cue listed for it.
    fn match_reading(
        &self,
        keys: &Text,
        index: usize,
        reading: &[Candidate],
        nominal_spelling: bool,
    ) -> Option<CueMatch> {
        let proclitics = reading.first()?.proclitics;
        let fitting = reading
            .iter()
            .map(|c| c.entry)
            .filter(|e| !(nominal_spelling && matches!(e.class, WordClass::Past | WordClass::Present)));
        // The next word's length, read once for every phrase of the reading (a word may have
        // dozens, and nearly all are turned away by it).
        let next_len = word_key(keys, index + 1).map(str::len);
        let mut chosen: Option<(usize, Vec<usize>)> = None;
        for entry in fitting {
            let Some(last) = self.phrase_end(keys, index, &entry, next_len) else {
                continue;
            };
            match &mut chosen {
                Some((chosen_last, cues)) if *chosen_last == last => cues.push(entry.cue as usize),
                Some(_) => {} // a longer phrase was taken already
                None => chosen = Some((last, vec![entry.cue as usize])),
            }
        }
        let (last, cues) = chosen?;
        let tokens = keys.keys.tokens;
        let (first, last_token) = (tokens.get(index)?, tokens.get(last)?);
        Some(CueMatch {
            cues,
            first_token: index,
            last_token: last,
            start: first.start + letters_bytes(keys.keys.raw(index), proclitics.letters),
            end: last_token.end,
            proclitics,
        })
    }

    /// The last token of `entry`'s phrase if its first word is at `index` and its other words
    /// follow; `index` itself for a single word. `next_len` is the byte length of the word
    /// after `index` (none for no word).
    fn phrase_end(&self, keys: &Text, index: usize, entry: &Entry, next_len: Option<usize>) -> Option<usize> {
        if entry.rest_words == 0 {
            return Some(index);
        }
        if next_len != Some(usize::from(entry.next_len)) {
            return None;
        }
        self.rest_follows(keys, index + 1, entry).then_some(index + usize::from(entry.rest_words))
    }
}

thread_local! {
    /// Each thread's plans of the words it has read, for the index it reads with.
    static MEMO: RefCell<Memo<Candidate>> = RefCell::new(Memo::new(MEMO_SLOT_BITS, MEMO_CANDIDATES));
}

/// The identity of the next index built; 0 is no index's, a new memo's.
static NEXT_IDENTITY: AtomicU64 = AtomicU64::new(1);

/// The memo's slots: 2^14 of 32 bytes (512 KB), two a set, for the words that pass the
/// filter. With one slot a word, one word in twelve of 5,000 ANT articles was planned again
/// because another took its slot; two a set plan 12% fewer words on 1,000 articles.
const MEMO_SLOT_BITS: u32 = 14;
/// The candidates the memo holds (40 bytes each, 2.6 MB) before it is emptied.
const MEMO_CANDIDATES: usize = 1 << 16;

/// The first word of a form as listed (all of it for a single word).
fn first_word(form: &str) -> &str {
    form.split(' ').next().unwrap_or("")
}

/// The folded words of a cue after its first one (none for a single word); the first is
/// inflected from its written form ([`inflect_written`]).
fn phrase_rest(cue: &Cue) -> Vec<String> {
    let folded = fold_key(&cue.form);
    folded.split(' ').filter(|w| !w.is_empty()).skip(1).map(str::to_string).collect()
}

/// Whether a word of `class` may carry the proclitics of `reading`.
fn suits(class: WordClass, reading: Proclitics) -> bool {
    let nominal = matches!(class, WordClass::Noun | WordClass::Participle);
    if reading.article && !nominal {
        return false;
    }
    if reading.future && class != WordClass::Present {
        return false;
    }
    !(reading.preposition && class == WordClass::Past)
}

/// The bytes the first `letters` Arabic letters of `word` take (with their marks).
fn letters_bytes(word: &str, letters: usize) -> usize {
    if letters == 0 {
        return 0;
    }
    let mut seen = 0;
    for (offset, c) in word.char_indices() {
        if is_arabic_letter(c) {
            if seen == letters {
                return offset;
            }
            seen += 1;
        }
    }
    word.len()
}

/// `key` without a leading و or ف (D9 88, D9 81 in UTF-8), read off its first two bytes: the
/// same as `key.strip_prefix(['و', 'ف'])`, asked of every word.
fn without_conjunction(key: &str) -> Option<&str> {
    match key.as_bytes() {
        [0xD9, 0x88 | 0x81, ..] => key.get(2..),
        _ => None,
    }
}

/// The most tokens a subject between a verbal phrase's verb and its other words may take
/// (`أطلقت قوات الأمن السورية سراح`), with a date set off by commas after it (`أطلقت قوات
/// الأمن، يوم الأحد، سراح`).
const MAX_SUBJECT_GAP: usize = 7;

/// Prepositions and particles (folded) that a split phrase may not have as its second word.
const LINKING_WORDS: &[&str] =
    &["في", "علي", "عن", "الي", "مع", "من", "ان", "بان", "دون", "لصالح", "امام", "بين", "حول"];

/// The most letters proclitics take from a word's front (و + ب + ال).
const MAX_PROCLITIC_LETTERS: usize = 4;

/// ا in UTF-8.
const ALEF: [u8; 2] = [0xD8, 0xA7];

/// Whether `letter` (two bytes of UTF-8) is one a proclitic cut is made of: و ف ب ك ل س, or
/// the ا of ال.
fn is_proclitic_letter(letter: &[u8]) -> bool {
    matches!(
        letter,
        [0xD9, 0x88] // و
            | [0xD9, 0x81] // ف
            | [0xD8, 0xA8] // ب
            | [0xD9, 0x83] // ك
            | [0xD9, 0x84] // ل
            | [0xD8, 0xB3] // س
            | [0xD8, 0xA7] // ا
    )
}

/// The filter's size: 2^21 bits (256 KB) keeps it sparse for the ~100,000 inflected forms.
const FILTER_BITS: u32 = 21;

/// The text a find reads: its tokens, and every token's key read once.
struct Text<'t, 'k> {
    keys: &'t KeyedTokens<'k>,
    /// `keys.key(i)` for every token `i`.
    words: &'t [&'k str],
}

/// The folded word at `index`; none for other tokens.
fn word_key<'k>(keys: &Text<'_, 'k>, index: usize) -> Option<&'k str> {
    keys.words.get(index).copied().filter(|k| !k.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;
    use marsad_text::fold::fold;
    use marsad_text::token::tokenize;

    /// The folded word at `at`, sliced out of the folded text afresh.
    fn plain_key<'k>(keys: &KeyedTokens<'k>, at: usize) -> Option<&'k str> {
        Some(keys.key(at)).filter(|k| !k.is_empty())
    }

    /// The plain path the plans and the memo stand in for: every word looked up afresh, each
    /// reading asked of the table, the entries filtered as they are read.
    fn find_plain(index: &CueIndex, keys: &KeyedTokens) -> Vec<CueMatch> {
        let mut found = Vec::new();
        let mut at = 0;
        while at < keys.tokens.len() {
            match match_at_plain(index, keys, at) {
                Some(m) => {
                    at = m.last_token + 1;
                    found.push(m);
                }
                None => at += 1,
            }
        }
        found
    }

    fn match_at_plain(index: &CueIndex, keys: &KeyedTokens, at: usize) -> Option<CueMatch> {
        let key = plain_key(keys, at)?;
        if let Some(m) = match_reading_plain(index, keys, at, key, Proclitics::default()) {
            return Some(m);
        }
        if !index.may_be_listed_after_proclitics(key) {
            return None;
        }
        let letters: Vec<char> = key.chars().collect();
        if is_protected_letters(&letters) {
            return None;
        }
        if letters.len() == 3 && matches!(letters[0], 'و' | 'ف') {
            let reading = Proclitics { letters: 1, conjunction: true, ..Proclitics::default() };
            let rest = key.char_indices().nth(1).map_or("", |(cut, _)| &key[cut..]);
            if let Some(m) = match_reading_plain(index, keys, at, rest, reading) {
                return Some(m);
            }
        }
        let mut best = None;
        for_each_proclitic_reading(&letters, |reading| {
            if best.is_none() && reading.letters > 0 {
                let cut = key.char_indices().nth(reading.letters).map_or(key.len(), |(cut, _)| cut);
                best = match_reading_plain(index, keys, at, &key[cut..], reading);
            }
        });
        best
    }

    fn match_reading_plain(
        index: &CueIndex,
        keys: &KeyedTokens,
        at: usize,
        stem: &str,
        reading: Proclitics,
    ) -> Option<CueMatch> {
        let entries = &index.entries[*index.forms.get(stem)? as usize];
        let nominal_spelling = keys.raw(at).ends_with('ة');
        let mut chosen: Option<(usize, Vec<usize>)> = None;
        for entry in entries.iter().filter(|e| suits(e.class, reading)) {
            if nominal_spelling && matches!(entry.class, WordClass::Past | WordClass::Present) {
                continue;
            }
            let rest = &index.phrases[entry.rest as usize];
            let follows =
                rest.iter().enumerate().all(|(k, w)| plain_key(keys, at + 1 + k) == Some(w.as_str()));
            if !follows {
                continue;
            }
            let last = at + rest.len();
            match &mut chosen {
                Some((chosen_last, cues)) if *chosen_last == last => cues.push(entry.cue as usize),
                Some(_) => {}
                None => chosen = Some((last, vec![entry.cue as usize])),
            }
        }
        let (last, cues) = chosen?;
        Some(CueMatch {
            cues,
            first_token: at,
            last_token: last,
            start: keys.tokens[at].start + letters_bytes(keys.raw(at), reading.letters),
            end: keys.tokens[last].end,
            proclitics: reading,
        })
    }

    fn builtin_data_index() -> CueIndex {
        let (lexicon, _) = crate::data::load();
        CueIndex::new(crate::cues::load(&lexicon.unnamed_sources).0)
    }

    /// A small deterministic generator (xorshift), so a failure replays.
    struct Random(u64);

    impl Random {
        fn below(&mut self, n: usize) -> usize {
            self.0 ^= self.0 << 13;
            self.0 ^= self.0 >> 7;
            self.0 ^= self.0 << 17;
            (self.0 % n.max(1) as u64) as usize
        }
    }

    /// A word like the news writes it: a listed form, a listed phrase, a phrase's later word
    /// or a word no list has, after proclitics or none, sometimes with ة for a final ه.
    fn random_word(random: &mut Random, forms: &[&str], phrases: &[String], phrase_words: &[&str]) -> String {
        const PROCLITICS: &[&str] = &[
            "", "", "", "و", "ف", "ب", "ل", "ك", "س", "ال", "وال", "بال", "فال", "لل", "ولل", "وب", "ول",
            "وس", "كال",
        ];
        const OTHERS: &[&str] =
            &["بعدما", "لم", "قد", "في", "من", "الى", "،", "12", "ذلك", "اضافة", "ه", "وا"];
        let stem = match random.below(10) {
            0..=4 => forms[random.below(forms.len())],
            5 => phrases[random.below(phrases.len())].as_str(),
            6 | 7 => phrase_words[random.below(phrase_words.len())],
            _ => OTHERS[random.below(OTHERS.len())],
        };
        let mut word = format!("{}{stem}", PROCLITICS[random.below(PROCLITICS.len())]);
        if random.below(4) == 0 && word.ends_with('ه') {
            word.pop();
            word.push('ة');
        }
        word
    }

    #[test]
    fn plans_and_the_memo_find_what_the_plain_path_finds() {
        let index = builtin_data_index();
        let mut forms: Vec<&str> = index.forms.keys().map(String::as_str).collect();
        forms.sort_unstable();
        let phrase_words: Vec<&str> = index.phrases.iter().flatten().map(String::as_str).collect();
        let listed_phrases: Vec<String> =
            index.data.cues.iter().map(|c| fold_key(&c.form)).filter(|f| f.contains(' ')).collect();
        let mut random = Random(0x2545_F491_4F6C_DD1D);
        // A memo of four slots, emptied often, beside the thread's own.
        let mut small = Memo::new(2, 64);
        let (mut matches, mut phrases) = (0, 0);
        for _ in 0..300 {
            let words: Vec<String> =
                (0..120).map(|_| random_word(&mut random, &forms, &listed_phrases, &phrase_words)).collect();
            let text = words.join(" ");
            let tokens = tokenize(&text);
            let folded = fold(&text);
            let keys = KeyedTokens::new(&text, &tokens, &folded);
            let expected = find_plain(&index, &keys);
            assert_eq!(index.find(&keys), expected, "{text}");
            let words: Vec<&str> = (0..tokens.len()).map(|at| keys.key(at)).collect();
            assert_eq!(
                index.find_with(&Text { keys: &keys, words: &words }, &mut small).0,
                expected,
                "{text}"
            );
            matches += expected.len();
            phrases += expected.iter().filter(|m| m.last_token > m.first_token).count();
        }
        // The texts exercise words, proclitic readings and phrases alike.
        assert!(matches > 5_000 && phrases > 50, "{matches} matches, {phrases} phrases");
    }

    #[test]
    fn the_split_search_over_the_readable_words_finds_what_it_finds_over_all() {
        let index = builtin_data_index();
        let mut verbs: Vec<&str> = index.split_verbs.keys().map(String::as_str).collect();
        verbs.sort_unstable();
        let phrase_words: Vec<&str> = index.phrases.iter().flatten().map(String::as_str).collect();
        let listed_phrases: Vec<String> =
            index.data.cues.iter().map(|c| fold_key(&c.form)).filter(|f| f.contains(' ')).collect();
        let mut random = Random(0x9E37_79B9_7F4A_7C15);
        let mut splits = 0;
        for _ in 0..300 {
            let mut words = Vec::new();
            while words.len() < 120 {
                words.push(random_word(&mut random, &verbs, &listed_phrases, &phrase_words));
                // A split verb's phrase after a gap of a word or two, now and then.
                let verb = words.last().map(|w| fold_key(w)).unwrap_or_default();
                let entry =
                    index.split_verbs.get(verb.trim_start_matches(['و', 'ف'])).and_then(|e| e.first());
                if let Some(entry) = entry.filter(|_| random.below(2) == 0) {
                    for _ in 0..=random.below(2) {
                        words.push(random_word(&mut random, &verbs, &listed_phrases, &phrase_words));
                    }
                    words.extend(index.phrases[entry.rest as usize].iter().cloned());
                }
            }
            let text = words.join(" ");
            let tokens = tokenize(&text);
            let folded = fold(&text);
            let keys = KeyedTokens::new(&text, &tokens, &folded);
            let (found, readable) = index.find_words(&keys, keys.keys());
            // Every word that passes the filter, those inside phrases too, in order.
            let text_words = Text { keys: &keys, words: keys.keys() };
            let passing: Vec<usize> =
                (0..tokens.len()).filter(|&at| index.is_readable(&text_words, at)).collect();
            assert_eq!(readable, passing, "{text}");
            // Every other match dropped, as a caller drops cues inside names: the words a
            // dropped phrase passed over are looked at too.
            let kept: Vec<CueMatch> = found.into_iter().step_by(2).collect();
            let fits = |first: usize, last: usize| !(first + last).is_multiple_of(3);
            let all = index.find_split(&keys, keys.keys(), &kept, 0..tokens.len(), fits);
            assert_eq!(index.find_split(&keys, keys.keys(), &kept, readable, fits), all, "{text}");
            splits += all.len();
        }
        assert!(splits > 100, "{splits} splits");
    }

    #[test]
    fn folded_forms_are_the_forms_folded() {
        let index = builtin_data_index();
        for (at, cue) in index.data.cues.iter().enumerate() {
            assert_eq!(index.folded_form(at), fold_key(&cue.form));
            assert_eq!(index.folded_first_word(at), fold_key(cue.form.split(' ').next().unwrap_or("")));
        }
        assert_eq!(index.folded_form(usize::MAX), "");
    }

    #[test]
    fn a_conjunction_is_cut_as_strip_prefix_cuts_it() {
        for key in ["وقال", "فقال", "قال", "و", "ف", "", "a", "والي", "ولم"] {
            assert_eq!(without_conjunction(key), key.strip_prefix(['و', 'ف']), "{key}");
        }
    }

    #[test]
    fn proclitic_letters_are_told_in_utf8() {
        for c in ['و', 'ف', 'ب', 'ك', 'ل', 'س', 'ا'] {
            assert!(is_proclitic_letter(c.encode_utf8(&mut [0; 4]).as_bytes()), "{c}");
        }
        for c in ['ي', 'ت', 'ن', 'ه', 'م', 'a'] {
            assert!(!is_proclitic_letter(c.encode_utf8(&mut [0; 4]).as_bytes()), "{c}");
        }
        assert_eq!(ALEF.as_slice(), "ا".as_bytes());
    }

    #[test]
    fn a_phrase_wins_over_its_first_word_and_proclitics_are_left_out_of_the_span() {
        let index = builtin_data_index();
        let text = "وأطلق مسلحون النار ثم فتحوا النار على المحتجين";
        let tokens = tokenize(text);
        let folded = fold(text);
        let keys = KeyedTokens::new(text, &tokens, &folded);
        let found = index.find(&keys);
        assert_eq!(found, find_plain(&index, &keys));
        let spans: Vec<&str> = found.iter().map(|m| &text[m.start..m.end]).collect();
        assert!(spans.contains(&"فتحوا النار"), "{spans:?}");
    }
}
