//! The analysis pipeline: one article in, its analysis record (CONTRACT.md) out.
//!
//! Pure and deterministic: no I/O, and no panic on any text. The text engine and the
//! recognizers work in byte ranges; this is where they become the **character** offsets that
//! records carry, so every span of a record indexes [`Record::text`], the article body exactly
//! as read.
//!
//! The record holds the sentences, the actors and places the lexicon recognizes, the dates
//! resolved against the publication date, the quantities the number parser finds, and the
//! claims ([`claims`]) and events ([`events`]) read from the cue words.

mod args;
mod background;
mod claims;
mod doc;
mod events;
mod grammar;
mod means;
mod movement;
mod protest;
mod transfer;

use marsad_lexicon::matcher::Coded;
use marsad_lexicon::{builtin_cues, Entity, Lexicon, Recognition};
use marsad_model::{Article, Claim, Event, Mention, MentionInfo, Record, Span};
use marsad_text::date::{find_dates_in, DateMention};
use marsad_text::fold::Folded;
use marsad_text::number::{find_quantities_in, Quantity};
use marsad_text::offsets::{count_chars, CharIndex};
use marsad_text::sentence::split_sentences;
use marsad_text::token::{tokenize, word_bounds, KeyedTokens};

/// A mention before it gets its id: byte range and what it is (spans inside it in bytes).
pub(crate) struct Found {
    start: usize,
    end: usize,
    info: MentionInfo,
    region: Option<(usize, usize)>,
}

/// Analyzes one article.
pub fn analyze(article: Article) -> Record {
    let mut record = Record::from_article(article);
    let text = record.text.as_str();
    let chars = CharIndex::new(text);
    // One folded view and one set of word keys for every reader: the text is tokenized
    // first, so that folding finds where each word starts and ends in the folded view as it
    // goes, and the keys are sliced from those offsets.
    let tokens = tokenize(text);
    let (folded, coded, bounds) = Lexicon::builtin().fold_marking(text, &word_bounds(&tokens));
    let words = KeyedTokens::with_word_offsets(text, &tokens, &folded, &bounds);
    let found = find_mentions(&folded, &coded, &words, record.published.as_deref());
    let sentences = split_sentences(text);
    let doc = doc::Doc::new(&words, &found, &sentences, builtin_cues());
    let claim_drafts = claims::find_claims(&doc);
    let event_drafts = events::find_events(&doc, &claim_drafts);
    record.claims = claim_drafts.iter().map(|c| to_claim(c, &doc, &chars)).collect();
    record.events = event_drafts.iter().map(|e| to_event(e, &claim_drafts, &doc, &chars)).collect();
    record.sentences = sentences
        .iter()
        .map(|range| [chars.char_offset(range.start), chars.char_offset(range.end)])
        .collect();
    record.mentions = found.into_iter().enumerate().map(|(id, f)| to_mention(id, f, text, &chars)).collect();
    record
}

/// The recognizers alone: the record's sentences and mentions (actors, places, dates,
/// quantities), without claims and events. `marsad bench` times it apart from [`analyze`].
pub fn analyze_mentions(article: Article) -> Record {
    let mut record = Record::from_article(article);
    let text = record.text.as_str();
    let chars = CharIndex::new(text);
    let tokens = tokenize(text);
    let (folded, coded, bounds) = Lexicon::builtin().fold_marking(text, &word_bounds(&tokens));
    let words = KeyedTokens::with_word_offsets(text, &tokens, &folded, &bounds);
    let found = find_mentions(&folded, &coded, &words, record.published.as_deref());
    record.sentences = split_sentences(text)
        .iter()
        .map(|range| [chars.char_offset(range.start), chars.char_offset(range.end)])
        .collect();
    record.mentions = found.into_iter().enumerate().map(|(id, f)| to_mention(id, f, text, &chars)).collect();
    record
}

/// Lexicon names, then the dates and quantities no name covers, in text order.
fn find_mentions(folded: &Folded, coded: &Coded, words: &KeyedTokens, published: Option<&str>) -> Vec<Found> {
    let year = published.and_then(|p| p.get(..4)).and_then(|y| y.parse().ok());
    let names = Lexicon::builtin().recognize_coded(folded, coded, year);
    let dates: Vec<Found> =
        find_dates_in(words, publication_date(published)).into_iter().map(date_mention).collect();
    let quantities = find_quantities_in(words);
    // Room for every mention up front: the vector of names alone grew twice an article, each
    // time copying the mentions so far, when the dates and then the quantities were added.
    let mut found: Vec<Found> = Vec::with_capacity(names.len() + dates.len() + quantities.len());
    found.extend(names.into_iter().map(entity_mention));
    let free_dates: Vec<Found> =
        dates.into_iter().filter(|d| !overlaps_found(&found, d.start, d.end)).collect();
    found.extend(free_dates);
    let free: Vec<Found> =
        quantities.iter().filter(|q| !overlaps_any(&found, q)).map(quantity_mention).collect();
    found.extend(free);
    found.sort_by_key(|f| (f.start, f.end));
    found
}

fn to_claim(claim: &claims::ClaimDraft, doc: &doc::Doc, chars: &CharIndex) -> Claim {
    let (speaker, speaker_text) = match &claim.speaker {
        claims::Speaker::Mentions(ids) => {
            let text = ids.first().and_then(|&m| doc.mentions.get(m)).map(|m| &doc.text[m.start..m.end]);
            (ids.clone(), text.map(str::to_string))
        }
        claims::Speaker::Unnamed(start, end) => (Vec::new(), doc.text.get(*start..*end).map(str::to_string)),
    };
    let first = doc.tokens.get(claim.content.start);
    let last = claim.content.end.checked_sub(1).and_then(|t| doc.tokens.get(t));
    let (start, end) = match (first, last) {
        (Some(first), Some(last)) => (first.start, last.end),
        _ => (claim.cue.1, claim.cue.1),
    };
    Claim {
        sentence: claim.sentence,
        speaker,
        speaker_text,
        cue: span(doc.text, chars, claim.cue.0, claim.cue.1),
        kind: claim.kind.to_string(),
        start: chars.char_offset(start),
        end: chars.char_offset(end),
    }
}

fn to_event(
    event: &events::EventDraft,
    claims: &[claims::ClaimDraft],
    doc: &doc::Doc,
    chars: &CharIndex,
) -> Event {
    // A cue with several speakers made one claim each; the event is on the word of them all.
    let cue = event.claim.and_then(|c| claims.get(c)).map(|c| c.cue);
    let claimed_by = claims
        .iter()
        .filter(|c| Some(c.cue) == cue)
        .flat_map(|c| match &c.speaker {
            claims::Speaker::Mentions(ids) => ids.as_slice(),
            claims::Speaker::Unnamed(..) => &[],
        })
        .copied()
        .collect();
    Event {
        event_type: event.event_type.to_string(),
        mode: Some(event.mode.to_string()),
        sentence: event.sentence,
        trigger: span(doc.text, chars, event.trigger.0, event.trigger.1),
        actor: event.actor.clone(),
        target: event.target.clone(),
        place: event.place.clone(),
        date: event.date,
        claimed_by,
        negated: event.negated,
        hedged: event.hedged,
        dead: event.dead,
        injured: event.injured,
        claim: event.claim,
    }
}

fn overlaps_any(found: &[Found], quantity: &Quantity) -> bool {
    overlaps_found(found, quantity.start, quantity.end)
}

fn overlaps_found(found: &[Found], start: usize, end: usize) -> bool {
    found.iter().any(|f| start < f.end && f.start < end)
}

/// The publication date (`YYYY-MM-DD…`) as numbers, which the date recognizer resolves against.
pub fn publication_date(published: Option<&str>) -> Option<(i32, u32, u32)> {
    published.and_then(parse_date)
}

/// `YYYY-MM-DD` as numbers; anything else is no date.
fn parse_date(value: &str) -> Option<(i32, u32, u32)> {
    let mut parts = value.get(..10)?.split('-');
    let year = parts.next()?.parse().ok()?;
    let month = parts.next()?.parse().ok()?;
    let day = parts.next()?.parse().ok()?;
    Some((year, month, day))
}

fn date_mention(date: DateMention) -> Found {
    Found { start: date.start, end: date.end, info: MentionInfo::Date { value: date.value }, region: None }
}

fn entity_mention(recognition: Recognition) -> Found {
    let info = match recognition.entity {
        Entity::Actor { id, canonical, actor_type, country } => {
            MentionInfo::Actor { canonical, actor_type: Some(actor_type.to_string()), entry: id, country }
        }
        Entity::Place { id, canonical, scale, country, admin1, lat, lon } => MentionInfo::Place {
            canonical: Some(canonical),
            lat: Some(lat),
            lon: Some(lon),
            scale: Some(scale.to_string()),
            entry: Some(id),
            country,
            admin1,
            region: None,
        },
    };
    Found { start: recognition.start, end: recognition.end, info, region: recognition.region }
}

fn quantity_mention(quantity: &Quantity) -> Found {
    Found {
        start: quantity.start,
        end: quantity.end,
        info: MentionInfo::Quantity {
            value: quantity.value,
            unit: quantity.unit.map(str::to_string),
            approximate: quantity.approximate,
        },
        region: None,
    }
}

fn to_mention(id: usize, mut found: Found, text: &str, chars: &CharIndex) -> Mention {
    if let (MentionInfo::Place { region, .. }, Some((start, end))) = (&mut found.info, found.region) {
        *region = Some(span(text, chars, start, end));
    }
    let (start, end, text) = char_range(text, chars, found.start, found.end);
    Mention { id, start, end, text: text.to_string(), info: found.info }
}

fn span(text: &str, chars: &CharIndex, start: usize, end: usize) -> Span {
    let (start, end, text) = char_range(text, chars, start, end);
    Span { start, end, text: text.to_string() }
}

/// The character offsets of the byte range `start..end` of `text`, and its text (empty when
/// the range does not fit). A span is short: its end is its start counted on over its own
/// characters, where converting the end afresh counted from the block before it (up to 63
/// bytes) and stepped back to a character's start.
fn char_range<'t>(text: &'t str, chars: &CharIndex, start: usize, end: usize) -> (usize, usize, &'t str) {
    let first = chars.char_offset(start);
    match text.get(start..end) {
        Some(slice) => (first, first + count_chars(slice), slice),
        None => (first, chars.char_offset(end), ""),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn article(text: &str) -> Article {
        Article { id: "t".into(), text: text.into(), ..Article::default() }
    }

    /// The text between two character offsets.
    fn slice(text: &str, start: usize, end: usize) -> String {
        text.chars().skip(start).take(end - start).collect()
    }

    #[test]
    fn spans_are_character_offsets_into_the_original() {
        let text = "قُتل ثلاثة آلاف مقاتل في الرقة. وأصيب ٢٠ مدنياً!";
        let record = analyze(article(text));
        assert_eq!(record.sentences.len(), 2);
        assert!(!record.mentions.is_empty());
        for mention in &record.mentions {
            assert_eq!(slice(text, mention.start, mention.end), mention.text);
        }
        for [start, end] in &record.sentences {
            assert!(start < end && *end <= text.chars().count());
        }
    }

    #[test]
    fn keeps_the_article_fields() {
        let record = analyze(Article {
            id: "a".into(),
            source: Some("example-wire".into()),
            published: Some("2018-06-12".into()),
            text: "نص".into(),
            ..Article::default()
        });
        assert_eq!(record.source.as_deref(), Some("example-wire"));
        assert_eq!(record.published.as_deref(), Some("2018-06-12"));
        assert!(record.events.is_empty() && record.claims.is_empty());
    }

    #[test]
    fn an_empty_text_gives_an_empty_record() {
        let record = analyze(article(""));
        assert!(record.sentences.is_empty() && record.mentions.is_empty());
    }
}
