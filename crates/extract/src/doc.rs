//! The article as the event and claim extractors read it: tokens with their folded keys, the
//! mention covering each token, the cue words found, and sentences and clauses as token ranges.
//! Everything here is in tokens and bytes; `lib.rs` turns the results into character offsets.

use std::cell::Cell;
use std::ops::Range;

use marsad_lexicon::cues::{Cue, CueRole, WordClass};
use marsad_lexicon::{CueIndex, CueMatch};
use marsad_model::MentionInfo;
use marsad_text::fold::fold_key;
use marsad_text::hash::{filter_mix, KeySet};
use marsad_text::token::{KeyedTokens, Token, TokenKind};

use crate::grammar::{clause_break_words, is_clause_break_mixed, CLAUSE_PUNCTUATION};
use crate::Found;

/// How many adjectives may stand between a backing word and من (`بإسناد جوي ومدفعي من`).
const BACKING_ADJECTIVES: usize = 3;

/// The share of an article's sentences (numerator, denominator) that must be about sport
/// for the article to be a sport story: a match report names its teams and play in most
/// sentences, a political story names a club or a match in one or two.
const SPORT_STORY_SHARE: (usize, usize) = (1, 3);

/// What the extractors read.
pub(crate) struct Doc<'a> {
    pub text: &'a str,
    pub tokens: &'a [Token],
    pub mentions: &'a [Found],
    pub cues: Vec<CueMatch>,
    /// The verbal phrases split by their subject: the verb's token and the tokens of the
    /// phrase's other words (`أطلق مسلحون النار`), sorted.
    split_phrases: Vec<(usize, Range<usize>)>,
    pub index: &'a CueIndex,
    /// For each token: its mention, cue match, sentence and clause.
    facts: Vec<TokenFacts>,
    /// For each mention: its first and last token.
    mention_tokens: Vec<(usize, usize)>,
    /// Sentences as token ranges.
    pub sentences: Vec<Range<usize>>,
    /// For each token: its folded word (empty for other tokens), the keyed tokens' own
    /// slice; the extractors ask for most words many times.
    words: &'a [&'a str],
    /// For each token: its key's filter mix, the keyed tokens' own slice.
    mixes: &'a [u64],
    /// For each sentence: whether a word of sport is in it, once asked (`None` before).
    sport: Vec<Cell<Option<bool>>>,
    /// Whether the article as a whole is a sport story, once asked.
    sport_story: Cell<Option<bool>>,
    /// For each sentence: whether a word of play in a match is in it, once asked.
    play: Vec<Cell<Option<bool>>>,
    /// For each sentence: whether it shows a sign of armed conflict, once asked.
    conflict: Vec<Cell<Option<bool>>>,
}

/// What the extractors ask of one token, kept together: one vector an article instead of one
/// a question (each was zeroed or filled on its own), and the questions asked of a token
/// together (its mention, its clause) read from one cache line.
#[derive(Clone, Copy)]
struct TokenFacts {
    /// The first mention overlapping the token, or [`NONE`].
    mention: usize,
    /// The cue match the token belongs to, or [`NONE`].
    cue: usize,
    /// The sentence holding the token, or [`NONE`].
    sentence: usize,
    /// Where the token's clause starts and ends (token indexes); `(0, 0)` outside sentences.
    clause: (usize, usize),
}

/// No mention, cue match or sentence: no index reaches it (each indexes a vector).
const NONE: usize = usize::MAX;

impl TokenFacts {
    const EMPTY: TokenFacts = TokenFacts { mention: NONE, cue: NONE, sentence: NONE, clause: (0, 0) };
}

impl<'a> Doc<'a> {
    pub fn new(
        keys: &'a KeyedTokens<'a>,
        mentions: &'a [Found],
        sentences: &[Range<usize>],
        index: &'a CueIndex,
    ) -> Self {
        let (text, tokens) = (keys.text, keys.tokens);
        let words = keys.keys();
        let (cues, readable) = index.find_words(keys, words);
        let cues = outside_names(cues, mentions);
        let (cues, split_phrases) = with_split_phrases(cues, &readable, keys, words, mentions, index);
        let mut doc = Doc {
            text,
            tokens,
            mentions,
            cues,
            split_phrases,
            index,
            facts: vec![TokenFacts::EMPTY; tokens.len()],
            mention_tokens: Vec::with_capacity(mentions.len()),
            sentences: Vec::new(),
            words,
            mixes: keys.mixes(),
            sport: Vec::new(),
            sport_story: Cell::new(None),
            play: Vec::new(),
            conflict: Vec::new(),
        };
        doc.mark_mentions();
        doc.mark_cues();
        doc.sentences = token_sentences(tokens, sentences);
        doc.sport = vec![Cell::new(None); doc.sentences.len()];
        doc.play = vec![Cell::new(None); doc.sentences.len()];
        doc.conflict = vec![Cell::new(None); doc.sentences.len()];
        for (index, range) in doc.sentences.iter().enumerate() {
            for facts in &mut doc.facts[range.clone()] {
                facts.sentence = index;
            }
        }
        doc.mark_clauses();
        doc
    }

    fn mark_mentions(&mut self) {
        let mut first = 0;
        for (id, mention) in self.mentions.iter().enumerate() {
            // Searched, not walked over every token of the text: the tokens' ends ascend.
            first += self.tokens.get(first..).unwrap_or_default().partition_point(|t| t.end <= mention.start);
            let mut at = first;
            while at < self.tokens.len() && self.tokens[at].start < mention.end {
                let facts = &mut self.facts[at];
                if facts.mention == NONE {
                    facts.mention = id;
                }
                at += 1;
            }
            self.mention_tokens.push((first, at.saturating_sub(1).max(first)));
        }
    }

    fn mark_cues(&mut self) {
        for (index, found) in self.cues.iter().enumerate() {
            for token in found.first_token..=found.last_token.min(self.tokens.len().saturating_sub(1)) {
                self.facts[token].cue = index;
            }
        }
    }

    /// Clauses end at commas, colons, brackets and quotes and before the words that open a
    /// new clause (فيما، بينما، حيث…).
    fn mark_clauses(&mut self) {
        let mut breaks = Vec::new();
        for sentence in self.sentences.clone() {
            breaks.clear();
            self.clause_breaks_in(sentence.clone(), &mut breaks);
            let mut start = sentence.start;
            for &at in &breaks {
                self.set_clause(start, at, at + 1);
                start = at + 1;
            }
            self.set_clause(start, sentence.end, sentence.end);
        }
    }

    /// Appends the tokens of `range` that end a clause ([`Doc::breaks_clause`]), in order. The
    /// tokens, their keys and their mixes are walked together and the break words fetched
    /// once: asked token by token, each read was a bounds test and a default, and the words'
    /// table was fetched again for every word (some 45 instructions a token, 300,000 tokens
    /// per 1,000 articles).
    fn clause_breaks_in(&self, range: Range<usize>, breaks: &mut Vec<usize>) {
        let lists =
            (self.tokens.get(range.clone()), self.words.get(range.clone()), self.mixes.get(range.clone()));
        let (Some(tokens), Some(words), Some(mixes)) = lists else {
            // Never for a doc's own sentences; token by token all the same.
            breaks.extend(range.filter(|&at| self.breaks_clause(at)));
            return;
        };
        let (filter, listed) = clause_break_words();
        for (offset, ((token, &key), &mix)) in tokens.iter().zip(words).zip(mixes).enumerate() {
            let at = range.start + offset;
            let ends = match token.kind {
                TokenKind::Punct => token.text(self.text).chars().any(|c| CLAUSE_PUNCTUATION.contains(&c)),
                TokenKind::Word => {
                    // The word itself told first, inline: asked of every word (245,000 per
                    // 1,000 articles), the call and the next word's key cost 2 M.
                    (filter.may_contain_mix(mix) && listed.contains(key))
                        || (is_before_or_after(key) && self.opens_clause_with_an(at))
                }
                _ => false,
            };
            if ends {
                breaks.push(at);
            }
        }
    }

    fn set_clause(&mut self, start: usize, end: usize, last: usize) {
        for facts in &mut self.facts[start..last.min(self.tokens.len())] {
            facts.clause = (start, end);
        }
    }

    fn breaks_clause(&self, at: usize) -> bool {
        let Some(token) = self.tokens.get(at) else { return false };
        match token.kind {
            TokenKind::Punct => token.text(self.text).chars().any(|c| CLAUSE_PUNCTUATION.contains(&c)),
            TokenKind::Word => {
                is_clause_break_mixed(self.key(at), self.mix(at)) || self.opens_clause_with_an(at)
            }
            _ => false,
        }
    }

    /// `بعد أن أوقف التحالف ضرباته`، `قبل أن يفك الجيش الحصار`: بعد or قبل before أن opens a
    /// clause with a subject and an object of its own; as a preposition alone it does not.
    fn opens_clause_with_an(&self, at: usize) -> bool {
        // أن after the word first: words of three and four letters, the lengths of the four
        // compared, are the most common; a word of two letters less so.
        self.key(at + 1) == "ان" && is_before_or_after(self.key(at))
    }

    /// The end of a clause that ends at `end`, reaching on over quotes that wrap only a name
    /// (`ضد مواقع لتنظيم "الدولة الإسلامية"`): the object of an act there is the name, as it
    /// would be without the quotes. (Quotes stay breaks for a subject: a quoted statement
    /// often opens with a name.)
    ///
    /// Outlets and monitors are left out: quoted, they are the source (`لـ"العربية نت"`).
    pub fn reach_over_quoted_names(&self, mut end: usize) -> usize {
        let sourced = |m: usize| matches!(self.actor_type(m), Some("media" | "monitor"));
        while self.wraps_a_name(end) && !self.mention_at(end + 1).is_some_and(sourced) {
            end = self.clause_of(end + 1).end.max(end + 1);
        }
        end
    }

    /// The end of a clause that ends at `end`, reaching on over dates set off by commas
    /// (`حذرت وزارة الدفاع، الخميس، الرئيس السوري`): the object follows them, unless a verb
    /// or أن opens what follows (`بعد طرد أنقرة للسفير، الثلاثاء، طلبت الخارجية`).
    pub fn reach_over_set_off_dates(&self, mut end: usize) -> usize {
        while self.is_comma(end) {
            let next = self.clause_of(end + 1);
            let only_time = !next.is_empty() && next.clone().all(|at| self.tells_time(at));
            if !only_time || !self.is_comma(next.end) || self.opens_a_clause(next.end + 1) {
                break;
            }
            end = self.clause_of(next.end + 1).end.max(next.end + 1);
        }
        end
    }

    /// Whether a clause of its own opens at `at`: a verb listed as a cue (an event's, a
    /// support's or a claim's) or a complementizer (`بأن جماعة الحوثي`).
    pub(crate) fn opens_a_clause(&self, at: usize) -> bool {
        crate::grammar::is_complementizer(self.key(at))
            || self.cue_match_at(at).is_some_and(|found| self.may_be_verb(found))
    }

    /// A token of digits, of any script (`2015`، `٣٠٠٠`).
    pub fn is_number(&self, at: usize) -> bool {
        self.tokens.get(at).is_some_and(|t| t.kind == TokenKind::Number)
    }

    /// A comma token, Arabic or Latin.
    pub fn is_comma(&self, at: usize) -> bool {
        self.tokens
            .get(at)
            .is_some_and(|t| t.kind == TokenKind::Punct && matches!(t.text(self.text), "،" | ","))
    }

    /// A token of a date mention, or a time word (`فجر`، `اليوم`).
    fn tells_time(&self, at: usize) -> bool {
        self.mention_at(at).is_some_and(|m| self.is_date(m)) || crate::grammar::is_time_word(self.key(at))
    }

    /// Whether a mention is named as a backer of the act (`بدعم من التحالف الدولي`، `بقيادة
    /// واشنطن`): on the actor's side, never its target.
    /// A conjunct joined by و to a backer backs too (`المدعومة من السعودية والإمارات`).
    pub fn is_backer(&self, mention: usize) -> bool {
        let backs =
            |m: usize| self.first_token_of(m).and_then(|first| self.backing_word_before(first)).is_some();
        backs(mention) || backs(crate::args::first_conjunct(self, mention))
    }

    /// The token of the backing word whose backer is named from token `first`: right before
    /// it, or before من, the force's aircraft or men (`بإسناد من طيران التحالف`) and the
    /// adjectives of the backing (`بإسناد جوي ومدفعي من قوات التحالف`، `بدعم رسمي من`).
    pub fn backing_word_before(&self, first: usize) -> Option<usize> {
        let mut at = first.checked_sub(1)?;
        if crate::grammar::is_force_head(self.key(at)) {
            at = at.checked_sub(1)?;
        }
        if self.key(at) == "من" {
            at = at.checked_sub(1)?;
            for _ in 0..BACKING_ADJECTIVES {
                if !self.is_relational_adjective(at) {
                    break;
                }
                at = at.checked_sub(1)?;
            }
        }
        crate::grammar::is_backing_word(self.key(at)).then_some(at)
    }

    /// An indefinite relational adjective (`جوي`، `ومدفعي`، `رسمي`): a word of three letters
    /// or more ending in ي that names nobody.
    fn is_relational_adjective(&self, at: usize) -> bool {
        let key = self.key(at);
        !key.starts_with("ال")
            && key.ends_with('ي')
            && key.chars().count() >= 3
            && self.mention_at(at).is_none()
    }

    /// Whether the punctuation at `at` is one of a pair of quotes around nothing but a name.
    pub fn wraps_a_name(&self, at: usize) -> bool {
        if !self.quotes_only(at) {
            return false;
        }
        let opening = self.mention_at(at + 1).filter(|&m| self.first_token_of(m) == Some(at + 1));
        let closing = at
            .checked_sub(1)
            .and_then(|before| self.mention_at(before))
            .filter(|&m| self.last_token_of(m) == at.checked_sub(1));
        opening.and_then(|m| self.last_token_of(m)).is_some_and(|last| self.quotes_only(last + 1))
            || closing
                .and_then(|m| self.first_token_of(m))
                .is_some_and(|first| first > 0 && self.quotes_only(first - 1))
    }

    /// A token made of quotation marks only.
    pub fn quotes_only(&self, at: usize) -> bool {
        self.tokens.get(at).is_some_and(|token| {
            token.kind == TokenKind::Punct
                && token.text(self.text).chars().all(|c| matches!(c, '"' | '“' | '”' | '«' | '»'))
        })
    }

    /// The folded word at `at`; empty for other tokens and out of range.
    pub fn key(&self, at: usize) -> &'a str {
        self.words.get(at).copied().unwrap_or("")
    }

    /// The filter mix of [`Doc::key`] at `at` (of the empty word out of range), for the word
    /// lists' filters.
    fn mix(&self, at: usize) -> u64 {
        self.mixes.get(at).copied().unwrap_or_else(|| filter_mix(b""))
    }

    /// True when the sentence is about sport (a word of sport in it): its attacks, injuries
    /// and withdrawals are the game's. Each sentence is read once, however many triggers ask.
    pub fn is_about_sport(&self, sentence: usize) -> bool {
        let sport = |at: usize| crate::grammar::is_sport_word_mixed(self.key(at), self.mix(at));
        self.read_once(&self.sport, sentence, |range| range.into_iter().any(sport))
    }

    /// True when a word of play in a match is in the sentence
    /// ([`crate::background::is_match_word`]). Each sentence is read once.
    pub fn tells_of_play(&self, sentence: usize) -> bool {
        let play = |at: usize| crate::background::is_match_word(self, at);
        self.read_once(&self.play, sentence, |range| range.into_iter().any(play))
    }

    /// A sentence's answer kept in `known` (one cell a sentence): read from the cell, or
    /// found by `read` over the sentence's tokens and kept. `false` for no such sentence.
    fn read_once(
        &self,
        known: &[Cell<Option<bool>>],
        sentence: usize,
        read: impl FnOnce(Range<usize>) -> bool,
    ) -> bool {
        let Some(cell) = known.get(sentence) else { return false };
        if let Some(answer) = cell.get() {
            return answer;
        }
        let answer = read(self.sentences.get(sentence).cloned().unwrap_or(0..0));
        cell.set(Some(answer));
        answer
    }

    /// True when the article is a sport story: at least [`SPORT_STORY_SHARE`] of its
    /// sentences, and two or more, have a word of sport. Read once, when first asked.
    pub fn is_sport_story(&self) -> bool {
        if let Some(answer) = self.sport_story.get() {
            return answer;
        }
        let about_sport = (0..self.sentences.len()).filter(|&s| self.is_about_sport(s)).count();
        let answer = about_sport >= 2
            && about_sport * SPORT_STORY_SHARE.1 >= self.sentences.len() * SPORT_STORY_SHARE.0;
        self.sport_story.set(Some(answer));
        answer
    }

    /// True when the sentence shows armed conflict: an armed actor (a state's forces, an armed
    /// group, a military coalition), a count of the killed or injured, a word for fighters,
    /// forces, arms or wounds (`قوات`، `مسلحين`، `بجروح`), or a word that names force
    /// unambiguously (a strong trigger of ASSAULT, COERCE, MOBILIZE or RETREAT). Words with
    /// peaceful senses too (`تقدم`، `عملية`، `تستهدف`، `دخول`) name force only in such a
    /// sentence. Each sentence is read once.
    pub fn is_about_conflict(&self, sentence: usize) -> bool {
        self.read_once(&self.conflict, sentence, |range| {
            range.clone().any(|at| self.is_sign_of_conflict(at))
                || self.cues_in(range).iter().any(|found| self.names_force(found))
        })
    }

    /// True for a token that is an armed actor's mention, a count of casualties, or a word
    /// for fighters, forces, arms or wounds.
    fn is_sign_of_conflict(&self, at: usize) -> bool {
        let armed = |m: usize| match self.mentions.get(m).map(|m| &m.info) {
            Some(MentionInfo::Actor { actor_type, .. }) => {
                matches!(actor_type.as_deref(), Some("state_military" | "armed_group" | "coalition"))
            }
            Some(MentionInfo::Quantity { unit: Some(unit), .. }) => unit == "killed" || unit == "injured",
            _ => false,
        };
        self.mention_at(at).is_some_and(armed) || crate::grammar::is_conflict_word(self.key(at))
    }

    /// True for a cue match read as a strong trigger of a forceful type.
    fn names_force(&self, found: &CueMatch) -> bool {
        self.role_of(found, |role| match role {
            CueRole::Trigger { event_type, strong: true, .. }
                if matches!(*event_type, "ASSAULT" | "COERCE" | "MOBILIZE" | "RETREAT") =>
            {
                Some(())
            }
            _ => None,
        })
        .is_some()
    }

    /// The folded word a cue match starts with, without the proclitic letters the match read
    /// off it (`وتقدم` → `تقدم`).
    pub fn stem_of(&self, found: &CueMatch) -> &str {
        let key = self.key(found.first_token);
        let letters = found.proclitics.letters;
        // Proclitics are Arabic letters of two bytes each: when the key opens with that many
        // two-byte characters (each a lead byte `110xxxxx` at an even place), the stem starts
        // at twice their count, found without decoding the key (49,000 calls per 1,000
        // articles). Otherwise, or at the key's end, counted by characters as before.
        let two_byte_letters = |opening: &[u8]| opening.chunks_exact(2).all(|pair| pair[0] & 0xE0 == 0xC0);
        match key.get(2 * letters..) {
            Some(stem) if !stem.is_empty() && two_byte_letters(&key.as_bytes()[..2 * letters]) => stem,
            _ => key.char_indices().nth(letters).map_or("", |(at, _)| &key[at..]),
        }
    }

    /// The folded word a cue match starts with, without the conjunction (و، ف) the match read
    /// off it: a glued preposition then comes first (`وبالصواريخ` → `بالصواريخ`).
    pub fn after_conjunction(&self, found: &CueMatch) -> &str {
        let key = self.key(found.first_token);
        key.strip_prefix(['و', 'ف']).filter(|_| found.proclitics.conjunction).unwrap_or(key)
    }

    /// Whether the match's word carries the glued preposition `letter` (`بغارة`، `لاغتيال`),
    /// after a glued conjunction if it has one.
    pub fn has_glued_preposition(&self, found: &CueMatch, letter: char) -> bool {
        found.proclitics.preposition && self.after_conjunction(found).starts_with(letter)
    }

    pub fn raw(&self, at: usize) -> &'a str {
        self.tokens.get(at).map_or("", |t| t.text(self.text))
    }

    /// The tokens of the other words of the verbal phrase whose verb, split from them by its
    /// subject, is token `verb` (`النار` of `أطلق مسلحون النار`).
    pub fn split_rest(&self, verb: usize) -> Option<Range<usize>> {
        let at = self.split_phrases.binary_search_by_key(&verb, |(v, _)| *v).ok()?;
        self.split_phrases.get(at).map(|(_, rest)| rest.clone())
    }

    pub fn mention_at(&self, at: usize) -> Option<usize> {
        self.facts.get(at).map(|f| f.mention).filter(|&m| m != NONE)
    }

    pub fn cue_at(&self, at: usize) -> Option<usize> {
        self.facts.get(at).map(|f| f.cue).filter(|&c| c != NONE)
    }

    /// The cue match token `at` is part of.
    pub fn cue_match_at(&self, at: usize) -> Option<&CueMatch> {
        self.cue_at(at).and_then(|c| self.cues.get(c))
    }

    /// The clause of token `at`, as a token range.
    pub fn clause_of(&self, at: usize) -> Range<usize> {
        self.facts.get(at).map_or(at..at, |f| f.clause.0..f.clause.1)
    }

    /// Where the sentence holding token `at` ends (0 outside sentences).
    pub fn sentence_end_of(&self, at: usize) -> usize {
        self.sentence_of(at).and_then(|s| self.sentences.get(s)).map_or(0, |s| s.end)
    }

    /// The sentence holding token `at`.
    pub fn sentence_of(&self, at: usize) -> Option<usize> {
        self.facts.get(at).map(|f| f.sentence).filter(|&s| s != NONE)
    }

    /// The cue matches starting within the token range `tokens` (matches are in order).
    pub fn cues_in(&self, tokens: Range<usize>) -> &[CueMatch] {
        let from = self.cues.partition_point(|c| c.first_token < tokens.start);
        let to = self.cues.partition_point(|c| c.first_token < tokens.end).max(from);
        &self.cues[from..to]
    }

    /// Whether a match may be read as a verb: one of its cues is a perfect or an imperfect.
    pub fn may_be_verb(&self, found: &CueMatch) -> bool {
        self.cue_entries(found).any(|cue| matches!(cue.class, WordClass::Past | WordClass::Present))
    }

    /// The cue entries of a match.
    pub fn cue_entries<'s>(&'s self, found: &'s CueMatch) -> impl Iterator<Item = &'a Cue> + 's {
        found.cues.iter().filter_map(|&i| self.index.data.cues.get(i))
    }

    /// The cue entries of a match, each with its form folded whole and its first word folded
    /// (folded once, by the index).
    pub fn cue_entries_folded<'s>(
        &'s self,
        found: &'s CueMatch,
    ) -> impl Iterator<Item = (&'a Cue, &'a str, &'a str)> + 's {
        let index = self.index;
        found.cues.iter().filter_map(move |&i| {
            index.data.cues.get(i).map(|cue| (cue, index.folded_form(i), index.folded_first_word(i)))
        })
    }

    /// The first cue of a match whose role passes `pick`.
    pub fn role_of<T>(&self, found: &CueMatch, pick: impl Fn(&CueRole) -> Option<T>) -> Option<T> {
        self.cue_entries(found).find_map(|cue| pick(&cue.role))
    }

    /// True when the mention is an actor (organisation, person, or a state acting).
    pub fn is_actor(&self, mention: usize) -> bool {
        matches!(self.mentions.get(mention).map(|m| &m.info), Some(MentionInfo::Actor { .. }))
    }

    /// True for a person (from the lexicon or from a title or given name).
    pub fn is_person(&self, mention: usize) -> bool {
        self.actor_type(mention) == Some("person")
    }

    pub fn is_media(&self, mention: usize) -> bool {
        self.actor_type(mention) == Some("media")
    }

    pub fn is_monitor(&self, mention: usize) -> bool {
        self.actor_type(mention) == Some("monitor")
    }

    pub fn actor_type(&self, mention: usize) -> Option<&str> {
        match self.mentions.get(mention).map(|m| &m.info) {
            Some(MentionInfo::Actor { actor_type, .. }) => actor_type.as_deref(),
            _ => None,
        }
    }

    /// The lexicon entry of an actor mention, when it has one.
    pub fn entry(&self, mention: usize) -> Option<&str> {
        match self.mentions.get(mention).map(|m| &m.info) {
            Some(MentionInfo::Actor { entry, .. }) => entry.as_deref(),
            _ => None,
        }
    }

    /// True for a place that may stand for its state's government: a country or a capital.
    pub fn stands_for_state(&self, mention: usize) -> bool {
        match self.mentions.get(mention).map(|m| &m.info) {
            Some(MentionInfo::Place { scale, entry, .. }) => {
                scale.as_deref() == Some("country") || entry.as_deref().is_some_and(is_capital)
            }
            _ => false,
        }
    }

    /// True for a place mention of a whole country (not its capital, which may also name a
    /// venue: `مؤتمر باريس`، `اتفاق أوسلو`).
    pub fn is_country(&self, mention: usize) -> bool {
        matches!(
            self.mentions.get(mention).map(|m| &m.info),
            Some(MentionInfo::Place { scale, .. }) if scale.as_deref() == Some("country")
        )
    }

    /// True when two actor mentions name the same entity (the same lexicon entry, or the same
    /// words when the lexicon does not know them): an actor does not act on itself.
    pub fn same_entity(&self, a: usize, b: usize) -> bool {
        let entry = |m: usize| match self.mentions.get(m).map(|m| &m.info) {
            Some(MentionInfo::Actor { entry, .. }) => entry.as_deref(),
            _ => None,
        };
        match (entry(a), entry(b)) {
            (Some(x), Some(y)) => x == y,
            _ => {
                let words = |m: usize| self.mentions.get(m).map(|m| fold_key(&self.text[m.start..m.end]));
                a == b || words(a).is_some_and(|w| Some(w) == words(b))
            }
        }
    }

    pub fn is_place(&self, mention: usize) -> bool {
        matches!(self.mentions.get(mention).map(|m| &m.info), Some(MentionInfo::Place { .. }))
    }

    pub fn is_date(&self, mention: usize) -> bool {
        matches!(self.mentions.get(mention).map(|m| &m.info), Some(MentionInfo::Date { .. }))
    }

    /// Whether a quantity mention (`آلاف`، `125`، `أربعة`) covers token `at`.
    pub fn counts_at(&self, at: usize) -> bool {
        self.mention_at(at).is_some_and(|m| {
            matches!(self.mentions.get(m).map(|m| &m.info), Some(MentionInfo::Quantity { .. }))
        })
    }

    /// A count told by one dual noun alone (`مسؤولان`، `جنديين`): two people or things, no
    /// number word or digit.
    pub fn is_dual_count(&self, at: usize) -> bool {
        let alone = self.mention_at(at).is_some_and(|m| self.mention_tokens.get(m) == Some(&(at, at)));
        alone && self.counts_at(at) && marsad_text::dual::is_dual_noun(self.key(at))
    }

    /// The first token of a mention.
    pub fn first_token_of(&self, mention: usize) -> Option<usize> {
        self.mention_tokens.get(mention).map(|&(first, _)| first)
    }

    /// The last token of a mention.
    pub fn last_token_of(&self, mention: usize) -> Option<usize> {
        self.mention_tokens.get(mention).map(|&(_, last)| last)
    }

    /// True when the mention's own word carries ب، ل or ك before it (`للتحالف`، `بالجيش`),
    /// or a preposition word stands right before it. The partitive `من` after the members of
    /// a force (`قوات من الجيش`، `عناصر من داعش`) is no preposition of the verb: the force acts
    /// through them, as in `قوات الجيش`.
    pub fn after_preposition(&self, mention: usize) -> bool {
        let Some(first) = self.first_token_of(mention) else {
            return false;
        };
        let glued_preposition = self.glued_preposition(mention).is_some();
        // The word before, past quotes and brackets (`من قبل «داعش»`).
        let before =
            (0..first).rev().find(|&t| self.tokens[t].kind != TokenKind::Punct || !is_quote(self.raw(t)));
        let partitive = || {
            before.is_some_and(|t| {
                self.key(t) == "من"
                    && t.checked_sub(1).is_some_and(|head| crate::grammar::is_force_head(self.key(head)))
            }) && self.is_actor(mention)
        };
        glued_preposition
            || before.is_some_and(|t| crate::grammar::is_preposition(self.key(t))) && !partitive()
    }

    /// The preposition glued to the mention's word (ب، ل، ك), if any — or written as a word of
    /// its own with a tatweel before a name in Latin letters or quotes (`لـCNN`، `لـ"فرانس برس"`).
    pub fn glued_preposition(&self, mention: usize) -> Option<char> {
        let first = self.first_token_of(mention)?;
        let glued = self.text.get(self.tokens[first].start..self.mentions[mention].start)?;
        glued
            .chars()
            .rev()
            .find(|c| is_preposition_letter(*c))
            .or_else(|| self.preposition_word_before(first))
    }

    /// The preposition letter of a word made of it alone (`لـ`، `ولـ`), right before token `at`
    /// or before the quotes that open it.
    fn preposition_word_before(&self, at: usize) -> Option<char> {
        let before = (0..at).rev().find(|&t| !self.quotes_only(t))?;
        let word = self.raw(before).trim_end_matches('ـ');
        let letter = word.strip_prefix(['و', 'ف']).unwrap_or(word);
        let mut chars = letter.chars();
        chars.next().filter(|c| is_preposition_letter(*c) && chars.next().is_none())
    }

    /// The conjunction (و or ف) glued to the first word of a mention, if any.
    pub fn glued_conjunction(&self, mention: usize) -> Option<char> {
        let first = self.first_token_of(mention)?;
        let glued = self.text.get(self.tokens[first].start..self.mentions[mention].start)?;
        glued.chars().find(|c| matches!(c, 'و' | 'ف'))
    }
}

/// The letters of the prepositions written glued to the next word (ب، ل، ك).
fn is_preposition_letter(c: char) -> bool {
    matches!(c, 'ب' | 'ل' | 'ك')
}

/// Sentences (byte ranges) as token ranges.
fn token_sentences(tokens: &[Token], sentences: &[Range<usize>]) -> Vec<Range<usize>> {
    let mut ranges = Vec::with_capacity(sentences.len());
    let mut at = 0;
    for sentence in sentences {
        // Searched, not walked token by token (30 tokens a sentence): tokens are in order and
        // apart, so their starts and ends both ascend and each test holds for a first stretch.
        let start = at + tokens.get(at..).unwrap_or_default().partition_point(|t| t.end <= sentence.start);
        at = start + tokens.get(start..).unwrap_or_default().partition_point(|t| t.start < sentence.end);
        ranges.push(start..at);
    }
    ranges
}

/// `بعد` or `قبل` (after, before), bare or after و: the words that open a clause before أن.
#[inline(always)]
fn is_before_or_after(key: &str) -> bool {
    matches!(key, "بعد" | "قبل" | "وبعد" | "وقبل")
}

/// True for the gazetteer id of a national capital.
fn is_capital(entry: &str) -> bool {
    static CAPITALS: std::sync::OnceLock<KeySet<String>> = std::sync::OnceLock::new();
    CAPITALS
        .get_or_init(|| {
            let places = &marsad_lexicon::Lexicon::builtin().data.places;
            places.iter().filter(|p| p.is_capital()).map(|p| p.id.clone()).collect()
        })
        .contains(entry)
}

/// True for a token of quotes and brackets, which stand between a word and a name.
pub(crate) fn is_quote(token: &str) -> bool {
    token.chars().all(|c| matches!(c, '«' | '»' | '"' | '“' | '”' | '(' | ')' | '\''))
}

/// The cues with the verbal phrases a subject splits (`أطلق مسلحون النار`، `فرضت القوات
/// حصارا`): each such verb stands alone as the phrase's match, in place of whatever was
/// found on its word or on the phrase's other words, so the subject after it is read as the
/// subject of the whole phrase.
fn with_split_phrases(
    mut cues: Vec<CueMatch>,
    readable: &[usize],
    keys: &KeyedTokens,
    words: &[&str],
    mentions: &[Found],
    index: &CueIndex,
) -> (Vec<CueMatch>, Vec<(usize, Range<usize>)>) {
    let mention_tokens = mention_token_spans(keys.tokens, mentions, |_| true);
    // A count is no subject (`طرد 23 دبلوماسيا`: the envoys expelled, whoever expelled them).
    let names =
        mention_token_spans(keys.tokens, mentions, |m| !matches!(m.info, MentionInfo::Quantity { .. }));
    let dates = mention_token_spans(keys.tokens, mentions, |m| matches!(m.info, MentionInfo::Date { .. }));
    let fits = |first, last| match date_set_off_at_end(keys, &dates, first, last) {
        // `أطلقت قوات الأمن، يوم الأحد، سراح`: the subject, then a date set off by commas.
        Some(subject_last) => subject_fits(keys, &mention_tokens, &names, first, subject_last),
        None => subject_fits(keys, &mention_tokens, &names, first, last),
    };
    let splits = index.find_split(keys, words, &cues, readable.iter().copied(), fits);
    if splits.is_empty() {
        return (cues, Vec::new());
    }
    for split in &splits {
        let verb = split.verb.first_token;
        cues.retain(|c| {
            let covers = |t: usize| c.first_token <= t && t <= c.last_token;
            !covers(verb) && !split.rest.clone().any(covers)
        });
    }
    let spans = splits.iter().map(|split| (split.verb.first_token, split.rest.clone())).collect();
    cues.extend(splits.into_iter().map(|split| split.verb));
    cues.sort_by_key(|c| c.first_token);
    (cues, spans)
}

/// When tokens `first..=last` end in a date set off by commas (`قوات الأمن، يوم الأحد،`), the
/// last token before its first comma, if any stands there.
fn date_set_off_at_end(
    keys: &KeyedTokens,
    dates: &[(usize, usize)],
    first: usize,
    last: usize,
) -> Option<usize> {
    let comma = |at: usize| matches!(keys.raw(at), "،" | ",");
    if !comma(last) {
        return None;
    }
    let &(date_first, _) = dates.iter().find(|&&(_, date_last)| date_last + 1 == last)?;
    let opening = date_first.checked_sub(1).filter(|&at| at > first && comma(at))?;
    Some(opening - 1)
}

/// Whether tokens `first..=last` may be the subject standing inside a verbal phrase: one
/// name exactly (one of `names`, the mentions that are no count), or up to three words,
/// outside any mention, none of which is punctuation, a number, a preposition or a time word
/// (`فجر يوم الجمعة نفسه` is "the dawn of Friday itself"), the last not a demonstrative.
fn subject_fits(
    keys: &KeyedTokens,
    mention_tokens: &[(usize, usize)],
    names: &[(usize, usize)],
    first: usize,
    last: usize,
) -> bool {
    let verb = first.wrapping_sub(1);
    let named = |at: usize| mention_tokens.iter().any(|&(a, b)| a <= at && at <= b);
    // The verb itself inside a name is no verb (`نصر الله`).
    if named(verb) {
        return false;
    }
    if names.contains(&(first, last)) {
        return true;
    }
    let plain_word = |at: usize| {
        let key = keys.key(at);
        !named(at)
            && keys.is_kind(at, TokenKind::Word)
            && !key.is_empty()
            && !crate::grammar::is_preposition(key)
            && !crate::grammar::is_time_word(key)
            && !is_never_a_subject(key, keys.raw(at))
    };
    // A subject does not end in a demonstrative (`رفع هذه العقوبات` is a verbal noun's object).
    let ends_a_phrase = !crate::grammar::is_demonstrative(keys.key(last));
    last + 1 - first <= 3 && (first..=last).all(plain_word) && ends_a_phrase
}

/// Words that cannot stand in a subject: quantifiers and determiners (`رفعت أغلب
/// العقوبات`، `عقد أي اجتماع`), adverbs with tanween (`كثيراً`), words behind a
/// preposition and its article (`بالإصلاحات`).
fn is_never_a_subject(key: &str, raw: &str) -> bool {
    const QUANTIFIERS: &[&str] = &["اغلب", "معظم", "جميع", "بعض", "كافه", "عده", "عدد", "مزيد", "المزيد"];
    QUANTIFIERS.contains(&key)
        || crate::grammar::is_generic_determiner(key)
        || raw.ends_with("اً")
        || raw.ends_with("ًا")
        || ["بال", "لل", "كال", "وبال", "ولل"].iter().any(|p| key.starts_with(p))
}

/// The first and last token of each mention `keep` holds for (mentions sorted by start,
/// tokens by start).
fn mention_token_spans(
    tokens: &[Token],
    mentions: &[Found],
    keep: impl Fn(&Found) -> bool,
) -> Vec<(usize, usize)> {
    mentions
        .iter()
        .filter(|m| keep(m))
        .filter_map(|m| {
            let first = tokens.partition_point(|t| t.end <= m.start);
            let end = tokens.partition_point(|t| t.start < m.end);
            (first < end).then(|| (first, end - 1))
        })
        .collect()
}

/// Cue words inside an actor's or a place's name are part of the name, not cues (`تحالف دعم
/// الشرعية`، `المركز الروسي للمصالحة`، the given name `ياسر`).
fn outside_names(cues: Vec<CueMatch>, mentions: &[Found]) -> Vec<CueMatch> {
    // Mentions are sorted by start and seldom overlap: a name holding the cue is among the
    // last few that start before it.
    let named = |found: &CueMatch| {
        let upto = mentions.partition_point(|m| m.start <= found.start);
        mentions[..upto].iter().rev().take(3).any(|m| {
            matches!(m.info, MentionInfo::Actor { .. } | MentionInfo::Place { .. }) && found.end <= m.end
        })
    };
    cues.into_iter().filter(|found| !named(found)).collect()
}
