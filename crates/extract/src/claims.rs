//! Claims: statements the article attributes to a speaker. A claim cue (`قال`، `بحسب`،
//! `نفى`، `مضيفا`) is found by the cue index; its speaker is a mention or an unnamed-source
//! phrase, found where the cue's data says it stands; what is claimed runs from after the
//! speaker to the end of the sentence (or, for a trailing `بحسب X`, is the sentence before
//! the cue), and on through a quotation that continues into the next sentences.

use std::ops::Range;

use marsad_lexicon::cues::{CueRole, Modality, Scope, SpeakerAt, WordClass};
use marsad_lexicon::CueMatch;

use crate::args::{actor_group_at, subject_after, subject_before, Before};
use crate::doc::Doc;
use crate::grammar::{is_anaphor, is_complementizer, is_preposition, is_time_word};

/// How many words a role (`المتحدث باسم`، `مسؤول في`) may take before the body it speaks for.
const ROLE_WORDS: usize = 4;
/// How many sentences a continuation (`وأضاف`) may reach back for its speaker.
const CONTINUATION_REACH: usize = 3;

/// Who speaks: actor mentions, or the byte range of an unnamed-source phrase.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Speaker {
    Mentions(Vec<usize>),
    Unnamed(usize, usize),
}

/// A claim in tokens and bytes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct ClaimDraft {
    pub sentence: usize,
    pub speaker: Speaker,
    /// The cue's byte range.
    pub cue: (usize, usize),
    pub kind: &'static str,
    /// What is claimed, as a token range.
    pub content: Range<usize>,
}

/// Every claim of the article, in order.
pub(crate) fn find_claims(doc: &Doc) -> Vec<ClaimDraft> {
    let mut claims: Vec<ClaimDraft> = Vec::new();
    for found in &doc.cues {
        let Some((kind, at, particle)) = claim_role(doc, found) else { continue };
        let Some(sentence) = doc.sentence_of(found.first_token) else { continue };
        if is_negated(doc, found) {
            continue;
        }
        let Some((speaker, speaker_end)) = speaker_of(doc, found, at, sentence, &claims) else { continue };
        let trailing = particle && at == SpeakerAt::After;
        let content = content_of(doc, found, trailing, sentence, speaker_end);
        if content.is_empty() {
            continue;
        }
        claims.push(ClaimDraft { sentence, speaker, cue: (found.start, found.end), kind, content });
    }
    claims
}

/// True when a negation stands right before the cue: `لم يوضح المسؤول` claims nothing.
fn is_negated(doc: &Doc, found: &CueMatch) -> bool {
    let from = found.first_token.saturating_sub(2);
    doc.cues_in(from..found.first_token).iter().any(|other| {
        other.last_token < found.first_token
            && doc
                .role_of(other, |role| match role {
                    CueRole::Modality { kind: Modality::Negation, scope: Scope::Next } => Some(()),
                    _ => None,
                })
                .is_some()
    })
}

/// The kind and speaker position of a claim cue, and whether it is a particle (`بحسب`),
/// which may close the sentence it attributes.
fn claim_role(doc: &Doc, found: &CueMatch) -> Option<(&'static str, SpeakerAt, bool)> {
    doc.cue_entries(found).find_map(|cue| match cue.role {
        CueRole::Claim { kind, speaker } => Some((kind, speaker, cue.class == WordClass::Particle)),
        _ => None,
    })
}

/// The speaker and the last token of its name (the cue's own last token for a speaker taken
/// from an earlier claim).
fn speaker_of(
    doc: &Doc,
    found: &CueMatch,
    at: SpeakerAt,
    sentence: usize,
    earlier: &[ClaimDraft],
) -> Option<(Speaker, usize)> {
    let sentence_range = doc.sentences.get(sentence)?.clone();
    let named = match at {
        SpeakerAt::After => speaker_after(doc, found.last_token, sentence_range.end, 2)
            .or_else(|| noun_speaker_after(doc, found.last_token, sentence_range.end)),
        // A statement noun claims only with its owner named after it (`بيان للجيش`، `تصريحات
        // صادرة عن الخارجية`); otherwise it is a verb's object (`نفى هذه الاتهامات`) or the
        // verb before it made the claim already (`ذكرت الوزارة في بيان`). Said *to* the media
        // (`في تصريح لسكاي نيوز`) is no owner.
        SpeakerAt::Owner => speaker_after(doc, found.last_token, sentence_range.end, 3)
            .filter(|(speaker, _)| !is_media_addressee(doc, speaker)),
        SpeakerAt::Subject | SpeakerAt::Previous => {
            speaker_after(doc, found.last_token, sentence_range.end, 0)
                .or_else(|| speaker_behind_role(doc, found.last_token, sentence_range.end))
                .or_else(|| noun_speaker_after(doc, found.last_token, sentence_range.end))
        }
    };
    if named.is_some() {
        return named;
    }
    // A continuation (`مضيفا`، `وأضاف`) goes on with the last speaker before any name behind
    // it is taken for a subject (`… مع بقايا تنظيم داعش، مؤكدة أن` is still the first speaker).
    let continues = at == SpeakerAt::Previous || found.proclitics.conjunction;
    let last =
        earlier.last().filter(|c| continues && sentence.saturating_sub(c.sentence) <= CONTINUATION_REACH);
    let previous = last.map(|c| (c.speaker.clone(), found.last_token));
    let before = || match at {
        SpeakerAt::Subject | SpeakerAt::Previous => {
            speaker_before(doc, found.first_token, sentence_range.start)
        }
        _ => None,
    };
    if at == SpeakerAt::Previous {
        previous.or_else(before)
    } else {
        before().or(previous)
    }
}

/// An actor mention or an unnamed source right after the cue, past `gap` other tokens
/// at most (time words and commas always pass). With a gap, the name may follow a
/// preposition (`بحسب`، `في بيان للجيش`); without, it is the subject and may not (`قال
/// لسكاي نيوز` is not Sky News speaking).
fn speaker_after(doc: &Doc, cue_end: usize, limit: usize, gap: usize) -> Option<(Speaker, usize)> {
    if let Some(group) = subject_after(doc, cue_end, limit) {
        let last = group.last().and_then(|&m| doc.last_token_of(m))?;
        return Some((Speaker::Mentions(group), last));
    }
    for at in cue_end + 1..(cue_end + 2 + gap).min(limit) {
        if let Some(source) = unnamed_source_at(doc, at) {
            return Some((Speaker::Unnamed(source.start, source.end), source.last_token));
        }
        if let Some(group) = actor_group_at(doc, at).filter(|_| gap > 0) {
            let last = group.last().and_then(|&m| doc.last_token_of(m))?;
            return Some((Speaker::Mentions(group), last));
        }
        // `بحسب ما ذكرت` leaves the speaker to the inner cue; after `إن` the name is what is
        // claimed about, not who claims it.
        if crate::args::is_reporting_cue(doc, at) || is_complementizer(doc.key(at)) {
            return None;
        }
    }
    None
}

/// The body a role word speaks for: `قال المتحدث باسم التحالف`، `قال مسؤول في الخارجية` —
/// the first actor within a few words after the cue, in the same clause, not after ل (`قال
/// لسكاي نيوز` speaks *to* Sky News).
fn speaker_behind_role(doc: &Doc, cue_end: usize, limit: usize) -> Option<(Speaker, usize)> {
    let clause_end = doc.clause_of(cue_end + 1).end.min(limit);
    for at in cue_end + 1..(cue_end + 1 + ROLE_WORDS).min(clause_end) {
        if is_complementizer(doc.key(at)) || crate::args::is_reporting_cue(doc, at) {
            return None;
        }
        let Some(group) = actor_group_at(doc, at) else { continue };
        if doc.glued_preposition(group[0]) == Some('ل') {
            return None;
        }
        let last = group.last().and_then(|&m| doc.last_token_of(m))?;
        // `المتحدث باسم التحالف، العقيد مايكل هارت`: the person named next is the speaker,
        // known to the lexicon or not (`الميجور جنرال البريطاني فيلكس غيدني`).
        if let Some(person) = person_after(doc, last) {
            let person_last = doc.last_token_of(person).unwrap_or(last);
            return Some((Speaker::Mentions(vec![person]), person_last));
        }
        if let Some(name) = name_after_titles(doc, last) {
            return Some(name);
        }
        return Some((Speaker::Mentions(group), last));
    }
    None
}

/// How many name words an unknown person's name may take.
const NAME_WORDS: usize = 3;

/// An unknown person's name after a body's name, past ranks, titles and adjectives: two or
/// three words, none of them definite, a function word, a name or a cue (`… التحالف الدولي
/// الميجور جنرال البريطاني فيلكس غيدني`).
fn name_after_titles(doc: &Doc, after: usize) -> Option<(Speaker, usize)> {
    let sentence_end = doc.sentence_of(after).and_then(|s| doc.sentences.get(s)).map_or(after, |s| s.end);
    let limit = sentence_end.min(after + 1 + ROLE_WORDS + NAME_WORDS);
    let mut at = after + 1;
    while at < limit
        && doc.mention_at(at).is_none()
        && (is_title_word(doc.key(at)) || doc.key(at).starts_with("ال"))
    {
        at += 1;
    }
    let first = at;
    let is_name_word = |t: usize| {
        let key = doc.key(t);
        !key.is_empty()
            && !key.starts_with("ال")
            && !is_function_word(key)
            && !is_title_word(key)
            && doc.mention_at(t).is_none()
            && doc.cue_at(t).is_none()
    };
    while at < limit && at - first < NAME_WORDS && is_name_word(at) {
        at += 1;
    }
    let words = at - first;
    (words >= 2).then(|| (Speaker::Unnamed(doc.tokens[first].start, doc.tokens[at - 1].end), at - 1))
}

/// True for a title or rank word (`العقيد`، `جنرال`), with or without the article.
fn is_title_word(key: &str) -> bool {
    static TITLES: std::sync::OnceLock<std::collections::HashSet<String>> = std::sync::OnceLock::new();
    let titles = TITLES.get_or_init(|| {
        let terms = &marsad_lexicon::Lexicon::builtin().data.titles;
        // Each one-word title with and without its article (`الجنرال`، `جنرال`).
        let keys = terms.iter().map(|t| marsad_text::fold::fold_key(&t.text)).filter(|t| !t.contains(' '));
        keys.flat_map(|t| [t.strip_prefix("ال").map(str::to_string), Some(t)]).flatten().collect()
    });
    titles.contains(key)
}

/// A speaker no lexicon knows, standing right after the cue as its subject or its
/// complement: a definite noun or a plural (`يرجح الخبراء`، `يعتقد البعض`، `بحسب المصادر
/// الاستخباراتية`، `وفقا لغيدني`), with one adjective after it. Its text is the speaker.
fn noun_speaker_after(doc: &Doc, cue_end: usize, limit: usize) -> Option<(Speaker, usize)> {
    let at = cue_end + 1;
    if at >= limit || doc.mention_at(at).is_some() || doc.cue_at(at).is_some() {
        return None;
    }
    let key = doc.key(at);
    let glued = match key.strip_prefix('ل') {
        Some(rest) if !key.starts_with("ال") && rest.chars().count() >= 3 => 'ل'.len_utf8(),
        _ => 0,
    };
    let letters = &key[glued..];
    let looks_nominal = letters.starts_with("ال") || letters.ends_with("ون") || glued > 0;
    if !looks_nominal || letters.chars().count() < 4 || is_function_word(key) {
        return None;
    }
    let token = doc.tokens[at];
    let mut end = (token.end, at);
    let next = at + 1;
    let adjective = next < limit
        && doc.key(next).starts_with("ال")
        && doc.mention_at(next).is_none()
        && doc.cue_at(next).is_none()
        && !is_function_word(doc.key(next));
    if adjective {
        end = (doc.tokens[next].end, next);
    }
    Some((Speaker::Unnamed(token.start + glued, end.0), end.1))
}

fn is_function_word(key: &str) -> bool {
    is_complementizer(key) || is_preposition(key) || is_time_word(key) || is_anaphor(key) || key.is_empty()
}

/// A person mention within a few tokens after `after` (a comma and a rank may stand
/// between), in the same sentence.
fn person_after(doc: &Doc, after: usize) -> Option<usize> {
    let sentence_end = doc.sentence_of(after).and_then(|s| doc.sentences.get(s)).map_or(after, |s| s.end);
    (after + 1..(after + 1 + ROLE_WORDS).min(sentence_end))
        .take_while(|&at| !is_complementizer(doc.key(at)) && !crate::args::is_reporting_cue(doc, at))
        .find_map(|at| doc.mention_at(at).filter(|&m| doc.is_person(m) && doc.first_token_of(m) == Some(at)))
}

/// True when the speaker found after a statement noun is a media outlet after ل: the
/// statement was made *to* it.
fn is_media_addressee(doc: &Doc, speaker: &Speaker) -> bool {
    match speaker {
        Speaker::Mentions(group) => {
            group.first().is_some_and(|&m| doc.glued_preposition(m) == Some('ل') && doc.is_media(m))
        }
        Speaker::Unnamed(..) => false,
    }
}

fn speaker_before(doc: &Doc, cue_start: usize, sentence_start: usize) -> Option<(Speaker, usize)> {
    match subject_before(doc, cue_start, sentence_start) {
        Before::Actors(group) => Some((Speaker::Mentions(group), cue_start)),
        Before::Pronoun | Before::None => {
            let at = (sentence_start..cue_start).rev().find(|&t| unnamed_source_at(doc, t).is_some())?;
            let source = unnamed_source_at(doc, at)?;
            (source.last_token + 3 >= cue_start)
                .then_some((Speaker::Unnamed(source.start, source.end), cue_start))
        }
    }
}

/// The unnamed-source phrase starting at token `at` (`مصادر أهلية`، `ناشطون`).
fn unnamed_source_at<'d>(doc: &'d Doc, at: usize) -> Option<&'d CueMatch> {
    let found = doc.cues.get(doc.cue_at(at)?)?;
    let is_source = doc.role_of(found, |r| matches!(r, CueRole::Source { .. }).then_some(())).is_some();
    (is_source && found.first_token == at).then_some(found)
}

/// What is claimed: after the speaker (or the cue) to the end of the sentence, and through a
/// quotation opened there. A trailing `بحسب X` claims the sentence before it.
fn content_of(
    doc: &Doc,
    found: &CueMatch,
    trailing: bool,
    sentence: usize,
    speaker_end: usize,
) -> Range<usize> {
    let Some(range) = doc.sentences.get(sentence).cloned() else { return 0..0 };
    let words_before = (range.start..found.first_token).any(|t| !doc.key(t).is_empty());
    if trailing && words_before {
        return range.start..found.first_token;
    }
    let start = speaker_end.max(found.last_token) + 1;
    let end = quotation_end(doc, start, sentence).unwrap_or(range.end);
    start.min(end)..end
}

/// When a quotation opens in the claimed part of sentence `sentence` and closes in a later
/// sentence: the end of that sentence.
fn quotation_end(doc: &Doc, from: usize, sentence: usize) -> Option<usize> {
    let range = doc.sentences.get(sentence)?;
    let mut open = false;
    for at in from..range.end {
        match doc.raw(at) {
            "«" | "“" => open = true,
            "»" | "”" => open = false,
            "\"" => open = !open,
            _ => {}
        }
    }
    if !open {
        return None;
    }
    for later in doc.sentences.iter().skip(sentence + 1).take(CONTINUATION_REACH) {
        if (later.clone()).any(|t| matches!(doc.raw(t), "»" | "”" | "\"")) {
            return Some(later.end);
        }
    }
    None
}
