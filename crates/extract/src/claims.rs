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
use crate::grammar::{
    is_anaphor, is_complementizer, is_demonstrative, is_preposition, is_relative_pronoun, is_speaker_head,
    is_subject_pronoun, is_time_word,
};

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
    /// The cue's first token.
    pub cue_token: usize,
    /// The speaker was found through a statement's pronoun (`وفق ما جاء في بيانها`، `حسب
    /// قوله`): the one the pronoun points back to, giving its own account of its acts.
    pub own_account: bool,
}

/// Every claim of the article, in order.
pub(crate) fn find_claims(doc: &Doc) -> Vec<ClaimDraft> {
    let mut claims: Vec<ClaimDraft> = Vec::new();
    // The last token of a statement noun already read with the particle before it.
    let mut taken_until = None;
    for found in &doc.cues {
        if taken_until.is_some_and(|last| found.first_token <= last) {
            continue;
        }
        let narrowed;
        let (found, (kind, at, particle)) = match claim_role(doc, found) {
            Some(role) => (found, role),
            None => {
                let Some(word) = claim_word_of_phrase(doc, found) else { continue };
                narrowed = word;
                let Some(role) = claim_role(doc, &narrowed) else { continue };
                (&narrowed, role)
            }
        };
        let Some(sentence) = doc.sentence_of(found.first_token) else { continue };
        if (is_negated(doc, found) && kind != "hedge") || is_made_passive(doc, found) {
            continue;
        }
        // `وفق بيان لقيادة العمليات`، `جاء في بيان للمركز`: the particle and its statement
        // noun make one claim, whose speaker is the noun's owner.
        let noun = (particle && at == SpeakerAt::After).then(|| statement_noun_after(doc, found)).flatten();
        let own_account = noun.is_some_and(|noun| ends_in_owner_pronoun(doc, noun));
        let (speaker, speaker_end, cue) = match noun {
            Some(noun) => {
                taken_until = Some(noun.last_token);
                let Some((speaker, end)) = statement_owner(doc, noun, sentence, &claims) else { continue };
                (speaker, end, (found.start, noun.end))
            }
            None => match renewed_statement(doc, found, at, sentence, &claims) {
                Some((speaker, end, verb_start)) => (speaker, end, (verb_start, found.end)),
                None => {
                    let Some((speaker, end)) = speaker_of(doc, found, at, sentence, &claims) else {
                        continue;
                    };
                    (speaker, end, (found.start, found.end))
                }
            },
        };
        if adds_no_statement(doc, found, sentence) {
            continue;
        }
        // `حسبما قال موظفون بالميناء ومصادر حكومية`: an unnamed source joined by و says it too.
        let joined = joined_source(doc, speaker_end, sentence);
        let speaker_end = joined.as_ref().map_or(speaker_end, |(_, end)| *end);
        let trailing = particle && at == SpeakerAt::After;
        let content = content_of(doc, found, trailing, sentence, speaker_end);
        if content.is_empty() {
            continue;
        }
        let speakers = one_per_speaker(speaker).into_iter().chain(joined.map(|(source, _)| source));
        for speaker in speakers {
            let cue_token = found.first_token;
            claims.push(ClaimDraft {
                sentence,
                speaker,
                cue,
                kind,
                content: content.clone(),
                cue_token,
                own_account,
            });
        }
    }
    let split = views_split_by_their_holder(doc);
    if !split.is_empty() {
        claims.extend(split);
        claims.sort_by_key(|c| c.cue_token);
    }
    name_roles_by_their_holders(doc, &mut claims);
    claims
}

/// `قال الرئيس الفرنسي في بيان`: a role speaking with no name is the person the article names
/// right after the same words (`أعلن الرئيس الفرنسي إيمانويل ماكرون`), when it so names one
/// person only. A title alone (`قال الرئيس`) is not asked: too many hold one.
fn name_roles_by_their_holders(doc: &Doc, claims: &mut [ClaimDraft]) {
    for claim in claims.iter_mut() {
        let holder = match claim.speaker {
            Speaker::Unnamed(start, end) => holder_of_role(doc, start, end),
            Speaker::Mentions(ref group) => holder_of_body_role(doc, claim.cue.1, group),
        };
        if let Some(holder) = holder {
            claim.speaker = Speaker::Mentions(vec![holder]);
        }
    }
}

/// `وتابع المتحدث باسم منظمة الصحة العالمية أن` (the body spoken for taken as the speaker)
/// after `كريستيان ليندمير، المتحدث باسم منظمة الصحة العالمية`: the role's words between the
/// cue ending at byte `cue_end` and the one body of `group` name the holder the article named.
fn holder_of_body_role(doc: &Doc, cue_end: usize, group: &[usize]) -> Option<usize> {
    let [body] = group else { return None };
    if doc.is_person(*body) {
        return None;
    }
    let role_first = doc.tokens.partition_point(|t| t.end <= cue_end);
    let (body_first, body_last) = (doc.first_token_of(*body)?, doc.last_token_of(*body)?);
    (body_first > role_first).then(|| holder_of_role_words(doc, role_first, body_last + 1 - role_first))?
}

/// The one person the article names right after the words of the role spanning bytes
/// `start..end`, a title and what qualifies it.
fn holder_of_role(doc: &Doc, start: usize, end: usize) -> Option<usize> {
    let first = doc.tokens.partition_point(|t| t.start < start);
    let last = doc.tokens.partition_point(|t| t.end <= end);
    holder_of_role_words(doc, first, last.checked_sub(first)?)
}

/// The one person the article names with the `words` tokens of a role from token `first`, a
/// title and what qualifies it: right after the same words (`الرئيس الفرنسي إيمانويل ماكرون`)
/// or right before them, set off by a comma (`كريستيان ليندمير، المتحدث باسم منظمة الصحة`).
fn holder_of_role_words(doc: &Doc, first: usize, words: usize) -> Option<usize> {
    if words < 2 || !is_title_word(doc.key(first)) {
        return None;
    }
    let same_words = |from: usize| {
        (0..words).all(|i| from + i < doc.tokens.len() && doc.key(from + i) == doc.key(first + i))
    };
    // The same words make the whole role there (`نائب الرئيس الأميركي مايك بنس` holds
    // another), and the name holds no act's word (`نشر السفير السعودي صورا لعمليات`).
    let whole_role = |before: usize| before.checked_sub(1).is_none_or(|t| !is_title_word(doc.key(t)));
    let plain_name = |m: usize| {
        let (Some(from), Some(to)) = (doc.first_token_of(m), doc.last_token_of(m)) else { return false };
        (from..=to).all(|t| doc.cue_at(t).is_none())
    };
    let named_after = |m: usize| {
        doc.first_token_of(m)
            .and_then(|t| t.checked_sub(words))
            .is_some_and(|before| whole_role(before) && same_words(before))
    };
    let set_off_before =
        |m: usize| doc.last_token_of(m).is_some_and(|last| doc.is_comma(last + 1) && same_words(last + 2));
    let holds = |m: &usize| doc.is_person(*m) && plain_name(*m) && (named_after(*m) || set_off_before(*m));
    let mut holders = (0..doc.mentions.len()).filter(holds);
    let holder = holders.next()?;
    holders.all(|other| doc.same_entity(holder, other)).then_some(holder)
}

/// `المعلومات التي يتم تناقلها`، `وتم الإعلان عن`: a statement made passive names no speaker.
/// After ما the auxiliary is a verb of its own (`فيما جرى قائلا`: about what happened, saying).
fn is_made_passive(doc: &Doc, found: &CueMatch) -> bool {
    let after_ma = || found.first_token.checked_sub(2).is_some_and(|t| doc.key(t).ends_with("ما"));
    crate::events::follows_passive_auxiliary(doc, found) && !after_ma()
}

/// The perfect of "to hold a view" (folded, without its conjunction): `رأى` (written with ى:
/// `رأي` is the noun "opinion", which folds the same) and `رأت`.
const VIEW_VERBS: &[&str] = &["راي", "رات"];

/// `ورأى لافروف أن …`، `ورأت موسكو أن …`: the verb of holding a view, its holder named between
/// it and the complementizer, is that holder's claim (`رأى أن` alone is a listed phrase,
/// which a subject between splits).
fn views_split_by_their_holder(doc: &Doc) -> Vec<ClaimDraft> {
    // Only the tokens where the text writes رأى or رأت are read, found by one byte search for
    // رأ and the letter after it (reading every token cost a hundredth of the stage).
    static FINDER: std::sync::OnceLock<memchr::memmem::Finder<'static>> = std::sync::OnceLock::new();
    let finder = FINDER.get_or_init(|| memchr::memmem::Finder::new("رأ"));
    let bytes = doc.text.as_bytes();
    let tokens = finder.find_iter(bytes).filter_map(|byte| {
        let after = doc.text.get(byte + "رأ".len()..)?;
        if !after.starts_with(['ى', 'ت']) {
            return None;
        }
        let at = doc.tokens.partition_point(|t| t.end <= byte);
        doc.tokens.get(at).is_some_and(|t| t.start <= byte).then_some(at)
    });
    let mut claims = Vec::new();
    for at in tokens {
        let key = doc.key(at);
        let conjunction = key.starts_with(['و', 'ف']) && key.chars().count() == 4;
        let bare = if conjunction { &key[key.char_indices().nth(1).map_or(0, |(i, _)| i)..] } else { key };
        let written_as_verb = bare != "راي" || doc.raw(at).ends_with('ى');
        if !VIEW_VERBS.contains(&bare) || !written_as_verb {
            continue;
        }
        let Some(sentence) = doc.sentence_of(at) else { continue };
        let named = crate::args::actor_group_at(doc, at + 1).and_then(|group| {
            let last = group.last().and_then(|&m| doc.last_token_of(m))?;
            Some((Speaker::Mentions(group), last))
        });
        let unnamed = || {
            unnamed_source_at(doc, at + 1)
                .map(|source| (Speaker::Unnamed(source.start, source.end), source.last_token))
        };
        // `ورأى وزير الخارجية القطري الأسبق، حمد بن جاسم، أن`: the person behind a role.
        let sentence_end = doc.sentences.get(sentence).map_or(at, |s| s.end);
        let behind_role = || speaker_behind_role(doc, at, sentence_end);
        let Some((speaker, last)) = named.or_else(unnamed).or_else(behind_role) else { continue };
        if !is_complementizer(doc.key(last + 1)) {
            continue;
        }
        let verb = verb_read_as_cue(doc, at, conjunction);
        let start = verb.start + if conjunction { 'و'.len_utf8() } else { 0 };
        let content = content_of(doc, &verb, false, sentence, last);
        if content.is_empty() {
            continue;
        }
        for speaker in one_per_speaker(speaker) {
            claims.push(ClaimDraft {
                sentence,
                speaker,
                cue: (start, verb.end),
                kind: "assert",
                content: content.clone(),
                cue_token: at,
                own_account: false,
            });
        }
    }
    claims
}

/// `وأفادت تقارير بمقتل`، `ونفى أن تكون قواته`: a phrase read as one match of another kind
/// (a hedge or a denial of what follows it) whose first word is a claim cue on its own makes
/// the claim that word does alone: the match narrowed to that word, with its claim cues.
fn claim_word_of_phrase(doc: &Doc, found: &CueMatch) -> Option<CueMatch> {
    if found.first_token == found.last_token {
        return None;
    }
    let key = doc.key(found.first_token);
    let cut = key.char_indices().nth(found.proclitics.letters).map_or(key.len(), |(at, _)| at);
    let claim =
        |&cue: &usize| doc.index.data.cues.get(cue).is_some_and(|c| matches!(c.role, CueRole::Claim { .. }));
    let cues: Vec<usize> = doc.index.single_word_cues(&key[cut..]).filter(claim).collect();
    if cues.is_empty() {
        return None;
    }
    let token = doc.tokens.get(found.first_token)?;
    Some(CueMatch {
        cues,
        first_token: found.first_token,
        last_token: found.first_token,
        start: found.start,
        end: token.end,
        proclitics: found.proclitics,
    })
}

/// The verb "to add" (folded), which adds a goal, a feature or a burden as often as words.
const ADD_VERBS: &[&str] = &["اضاف", "اضافت", "اضافوا", "يضيف", "تضيف", "يضيفون"];

/// How far after a verb of adding what is said must open: past the speaker's name, titles
/// and the setting (`وأضاف أبو ردينة من موسكو، حيث عقد عباس محادثات، أن`).
const ADDED_SAYING_REACH: usize = 18;

/// `ثم أضاف هرنانديز الهدف الثاني`، `مما أضاف إلى المتاعب`، `قد تضيف ميزات جديدة`: a verb of
/// adding with nothing said opening within reach in its sentence — no complementizer, colon
/// or quote, no `قائلا` or `بالقول`, no comma right after it — adds no statement, unless what
/// is said came before it (`"…"، تضيف سمية`).
fn adds_no_statement(doc: &Doc, found: &CueMatch, sentence: usize) -> bool {
    let key = doc.after_conjunction(found);
    if !ADD_VERBS.contains(&key.strip_prefix('ل').unwrap_or(key)) {
        return false;
    }
    // `وتضيف، قابلت ذات مرة`، `وأضاف تورام، الفائز بكأس العالم،`: a comma right after the
    // verb or its one- or two-word name sets off what is said or who says it.
    let bare_name = |t: usize| !doc.key(t).is_empty() && !doc.key(t).starts_with("ال");
    let set_off = (found.last_token + 1..found.last_token + 4)
        .take_while(|&t| doc.is_comma(t) || bare_name(t))
        .any(|t| doc.is_comma(t));
    // `"…"، تضيف سمية`، `"…" كما تضيف`: what is said came first.
    let before =
        found.first_token.checked_sub(1 + usize::from(doc.key(found.first_token.wrapping_sub(1)) == "كما"));
    // `حسب ما أضاف المرصد`، `وفق ما أضافت`: an attribution of what was said before (not a
    // bare `كما أضافت الشركة`, "also added").
    let preposed = attributes_what_was_said(doc, found.first_token)
        || before.is_some_and(|t| doc.is_comma(t) || doc.quotes_only(t));
    let limit =
        doc.sentences.get(sentence).map_or(0, |s| s.end).min(found.last_token + 1 + ADDED_SAYING_REACH);
    let opens = |t: usize| {
        says_from(doc, t)
            || doc.key(t) == "بالقول"
            || (crate::args::is_reporting_cue(doc, t)
                && doc.cue_match_at(t).is_some_and(|c| !doc.may_be_verb(c)))
    };
    !preposed && !set_off && !(found.last_token + 1..limit).any(opens)
}

/// Verbs that renew a statement made before (`كررت المصادر تأكيدها أن`، `وجدد الوزير
/// تأكيده`): the statement noun after one, with a pronoun for its owner, is the verb's
/// subject's, and the two words make one cue. Folded, with their common inflections.
const RENEWAL_VERBS: &[&str] = &[
    "كرر",
    "كررت",
    "كرروا",
    "يكرر",
    "تكرر",
    "يكررون",
    "جدد",
    "جددت",
    "جددوا",
    "يجدد",
    "تجدد",
    "يجددون",
    "اعاد",
    "اعادت",
    "اعادوا",
    "يعيد",
    "تعيد",
];

/// Object pronouns a statement noun may end in: its owner is then someone named before.
const OWNER_PRONOUNS: &[&str] = &["ها", "هم", "هما", "ه"];

/// How many tokens a renewal verb may stand before its statement noun (its subject between).
const RENEWAL_REACH: usize = 5;

/// A statement noun whose owner is a pronoun, after a verb that renews it (`المصادر
/// السورية، كررت تأكيدها بأن`): the verb's subject speaks. Returns the speaker, the last
/// token of what names it (at least the noun's), and the byte where the verb starts.
fn renewed_statement(
    doc: &Doc,
    noun: &CueMatch,
    at: SpeakerAt,
    sentence: usize,
    earlier: &[ClaimDraft],
) -> Option<(Speaker, usize, usize)> {
    if at != SpeakerAt::Owner {
        return None;
    }
    // The verb is looked for first: the pronoun check folds the cue's forms.
    let clause_start =
        doc.clause_of(noun.first_token).start.max(noun.first_token.saturating_sub(RENEWAL_REACH));
    let verb = (clause_start..noun.first_token).rev().find(|&t| is_renewal_verb(doc.key(t)))?;
    if !ends_in_owner_pronoun(doc, noun) {
        return None;
    }
    let token = doc.tokens[verb];
    // A verb found only without its first letter carries و or ف (`وجدد`): a continuation.
    let conjunction = !RENEWAL_VERBS.contains(&doc.key(verb));
    let verb_match = verb_read_as_cue(doc, verb, conjunction);
    let (speaker, end) = speaker_of(doc, &verb_match, SpeakerAt::Subject, sentence, earlier)?;
    // The cue is the verb and its noun when they stand together (`كررت تأكيدها`); with the
    // subject between them, the noun alone, so that the cue names no speaker.
    let start = if verb + 1 == noun.first_token {
        token.start + if conjunction { 'و'.len_utf8() } else { 0 }
    } else {
        noun.start
    };
    Some((speaker, end.max(noun.last_token), start))
}

/// How far before a statement noun with a pronoun the عن naming its source may stand
/// (`عن المدير العام للإدارة اللواء طلال معرفي قوله`).
const QUOTED_SOURCE_REACH: usize = 9;

/// What a statement noun with a pronoun after `عن` names (`نقلت رويترز عن مصدر قوله`).
enum Quoted {
    /// No relayed source before it.
    No,
    /// The relaying cue named the source already (`نقلت عن`، `نقلا عن`): its claim.
    ByTheRelay,
    /// The source, who speaks.
    Source(Speaker),
}

/// `ونقلت الوكالة عن ثلاثة مصادر قولها إن`، `ونقل التلفزيون عن مراسل له قوله`: a statement
/// noun whose pronoun stands for the one named after عن before it, in its clause: the
/// source quoted speaks, whoever relays it.
fn source_quoted_before(doc: &Doc, noun: &CueMatch) -> Quoted {
    let clause_start = doc.clause_of(noun.first_token).start;
    let from = clause_start.max(noun.first_token.saturating_sub(QUOTED_SOURCE_REACH));
    let Some(an) = (from..noun.first_token).rev().find(|&t| doc.key(t) == "عن") else { return Quoted::No };
    // Relayed (`نقلت`، `ونُقل`، `نقلا`), not talked about (`يتحدث عن النهائي في تصريحه`).
    let relays = |t: usize| {
        let key = doc.key(t);
        key.strip_prefix('و').unwrap_or(key).starts_with("نقل")
    };
    if !(clause_start..an).any(relays) || !ends_in_owner_pronoun(doc, noun) {
        return Quoted::No;
    }
    let relay_names_it = doc.cue_match_at(an).is_some_and(|cue| {
        cue.last_token == an
            && doc
                .role_of(cue, |r| matches!(r, CueRole::Claim { speaker: SpeakerAt::After, .. }).then_some(()))
                .is_some()
    });
    if relay_names_it {
        return Quoted::ByTheRelay;
    }
    let limit = noun.first_token;
    // A title or office may stand before the name (`عن المتحدث باسم الجيش قوله`).
    let named_within = || (an + 1..limit).find_map(|t| actor_group_at(doc, t)).map(Speaker::Mentions);
    // After عن the source is named as a verb's subject would be (`عن مصادر`), counted or not
    // (`عن ثلاثة مصادر`).
    let counted =
        an + usize::from(doc.is_number(an + 1) || marsad_text::number::is_number_word(doc.key(an + 1)));
    let unnamed = || noun_speaker_after(doc, counted, limit, true).map(|(speaker, _)| speaker);
    let speaker =
        speaker_after(doc, an, limit, 0).map(|(speaker, _)| speaker).or_else(named_within).or_else(unnamed);
    speaker.map_or(Quoted::No, Quoted::Source)
}

/// A verb no cue list holds, at token `at`, read as a one-word cue (the whole word, a glued
/// conjunction or not) for the readers of speakers and of what is said.
fn verb_read_as_cue(doc: &Doc, at: usize, conjunction: bool) -> CueMatch {
    let token = doc.tokens[at];
    let proclitics = marsad_text::clitic::Proclitics { conjunction, ..Default::default() };
    CueMatch {
        cues: Vec::new(),
        first_token: at,
        last_token: at,
        start: token.start,
        end: token.end,
        proclitics,
    }
}

/// True when a one-word statement noun carries an object pronoun (`تأكيدها`، `تصريحاته`).
fn ends_in_owner_pronoun(doc: &Doc, noun: &CueMatch) -> bool {
    let word = doc.stem_of(noun);
    noun.first_token == noun.last_token
        && OWNER_PRONOUNS.iter().filter_map(|p| word.strip_suffix(p)).any(|base| {
            doc.cue_entries_folded(noun).any(|(_, form, _)| {
                // A feminine noun's ة is written ت before the pronoun (`كلمته`).
                base == form || base.strip_suffix('ت').is_some_and(|b| form.strip_suffix('ه') == Some(b))
            })
        })
}

/// True for a verb that renews a statement, with or without و or ف before it.
fn is_renewal_verb(key: &str) -> bool {
    let bare = key.strip_prefix(['و', 'ف']).filter(|rest| rest.chars().count() >= 3).unwrap_or(key);
    RENEWAL_VERBS.contains(&key) || RENEWAL_VERBS.contains(&bare)
}

/// One claim per speaker (GUIDELINES §5): `نفاه كل من التحالف ووزارة الدفاع` is two denials.
fn one_per_speaker(speaker: Speaker) -> Vec<Speaker> {
    match speaker {
        Speaker::Mentions(group) if group.len() > 1 => {
            group.into_iter().map(|m| Speaker::Mentions(vec![m])).collect()
        }
        other => vec![other],
    }
}

/// How many words placing a speaker may stand before an unnamed source joined to it.
const JOINED_SOURCE_GAP: usize = 2;

/// An unnamed source joined by و right after a speaker ending at token `speaker_end` (`قال
/// المرصد ومصادر محلية`، `قال مسؤولون وشهود عيان`), with its last token.
fn joined_source(doc: &Doc, speaker_end: usize, sentence: usize) -> Option<(Speaker, usize)> {
    // `موظفون بالميناء ومصادر`: past a word that places the first (a preposition and article).
    let placed = (speaker_end + 1..speaker_end + 1 + JOINED_SOURCE_GAP)
        .take_while(|&t| marsad_lexicon::has_glued_article(doc.key(t)));
    let at = placed.last().unwrap_or(speaker_end) + 1;
    let source = unnamed_source_at(doc, at)?;
    // The و must be the conjunction (`ووسائل إعلام`), not the word's own letter (`وسائل`).
    let joined = source.proclitics.conjunction
        && doc.key(at).starts_with('و')
        && doc.sentence_of(at) == Some(sentence);
    joined.then_some((Speaker::Unnamed(source.start, source.end), source.last_token))
}

/// The statement noun (`بيان`، `تصريح`) right after an attribution particle, if any.
fn statement_noun_after<'d>(doc: &'d Doc, found: &CueMatch) -> Option<&'d CueMatch> {
    let next = found.last_token + 1;
    let noun = doc.cues.get(doc.cue_at(next)?)?;
    (is_statement_noun(doc, noun) && noun.first_token == next).then_some(noun)
}

/// Whether a match is a statement noun: a noun that claims for its owner (`بيان`، `تصريح`).
fn is_statement_noun(doc: &Doc, found: &CueMatch) -> bool {
    doc.cue_entries(found).any(|cue| {
        matches!(cue.role, CueRole::Claim { speaker: SpeakerAt::Owner, .. }) && cue.class == WordClass::Noun
    })
}

/// Who a statement noun after a particle belongs to: its owner named after it (`بيان
/// للجيش`); a definite noun with none (`وجاء في البيان`) is the statement talked about
/// before, so its speaker, and so is one with a pronoun (`حسب قوله`); an indefinite one
/// (`وفق بيان رسمي`) is itself the source.
fn statement_owner(
    doc: &Doc,
    noun: &CueMatch,
    sentence: usize,
    earlier: &[ClaimDraft],
) -> Option<(Speaker, usize)> {
    let end = doc.sentences.get(sentence)?.end;
    let owner = speaker_after(doc, noun.last_token, end, 3)
        .filter(|(speaker, _)| !is_media_addressee(doc, speaker) && owner_is_close(doc, noun, speaker));
    if owner.is_some() {
        return owner;
    }
    if noun.proclitics.article || ends_in_owner_pronoun(doc, noun) {
        return main_claim_before(doc, earlier, sentence).map(|c| (c.speaker.clone(), noun.last_token));
    }
    // `وجاء في بيان للجيش أن`: the bare army after ل is the one army the article named; else
    // the noun speaks, with its adjective.
    let adjective = noun.last_token + 1;
    if doc.key(adjective) == "للجيش" {
        if let Some(army) = crate::args::sole_army_named_before(doc, adjective) {
            return Some((Speaker::Mentions(vec![army]), adjective));
        }
    }
    let last = if doc.key(adjective).starts_with("ال") && doc.mention_at(adjective).is_none() {
        adjective
    } else {
        noun.last_token
    };
    Some((Speaker::Unnamed(noun.start, doc.tokens[last].end), last))
}

/// True when a negation stands right before the cue: `لم يوضح المسؤول` claims nothing.
pub(crate) fn is_negated(doc: &Doc, found: &CueMatch) -> bool {
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
pub(crate) fn claim_role(doc: &Doc, found: &CueMatch) -> Option<(&'static str, SpeakerAt, bool)> {
    // A participle says how one spoke only indefinite (`مضيفا`، `مؤكدة`); with the article it
    // is a noun or an adjective (`الفريق المضيف`، `من المؤكد`، `المشير`).
    let definite_participle = |class: WordClass| class == WordClass::Participle && found.proclitics.article;
    // Written with ه, not ة, it is a noun with a pronoun (`أمام مضيفه كريستال بالاس`, its
    // host): the feminine participle is spelled with ة (`مضيفة`).
    let with_pronoun = ends_in_object_pronoun(doc.raw(found.first_token));
    let not_saying =
        |class: WordClass| definite_participle(class) || (class == WordClass::Participle && with_pronoun);
    doc.cue_entries_folded(found).find_map(|(cue, _, first_word)| match cue.role {
        CueRole::Claim { .. } if first_word == "تابع" && is_affiliation(doc, found) => None,
        CueRole::Claim { kind, speaker } if !not_saying(cue.class) => {
            Some((kind, speaker, cue.class == WordClass::Particle))
        }
        _ => None,
    })
}

/// `موقع تابع لتنظيم داعش`، `مقرا تابعا لجبهة النصرة`: "following" right after a word of its
/// sentence and right before ل is "belonging to", not "went on" (`وتابع لافروف:` opens with
/// و, and a speaker may open a sentence with it).
fn is_affiliation(doc: &Doc, found: &CueMatch) -> bool {
    let opens_sentence = doc
        .sentence_of(found.first_token)
        .and_then(|s| doc.sentences.get(s))
        .is_none_or(|s| s.start == found.first_token);
    !found.proclitics.conjunction && !opens_sentence && doc.key(found.last_token + 1).starts_with('ل')
}

/// How many words may name an accuser, unnamed, between a verb of accusing and the accused.
const ACCUSER_WORDS: usize = 3;

/// `ويتهم المعارضون أردوغان بتقييد الصحافة`: the words between a verb of accusing and the
/// `accused` named after it (the charge follows them) are the accuser, unnamed; none when
/// nothing stands between (the verb passive or its subject dropped), or only a time word or
/// an adverb (`الذي اتهم أيضا الحوثيين`).
fn accuser_before_accused(doc: &Doc, found: &CueMatch, accused: &Speaker) -> Option<(Speaker, usize)> {
    let Speaker::Mentions(group) = accused else { return None };
    let first = group.iter().filter_map(|&m| doc.first_token_of(m)).min()?;
    let from = found.last_token + 1;
    let words = from..first;
    let plain = |t: usize| {
        let key = doc.key(t);
        // Function words take in prepositions and time words (`خلال`، `أيضا`، `مجددا`).
        doc.mention_at(t).is_none()
            && !is_function_word(key)
            && !NOT_ACCUSERS.contains(&key)
            && !doc.is_comma(t)
            && !crate::events::is_adverb_at(doc, t)
    };
    // A subject of its own is definite or a plural (`المعارضون`، `ناشطون`); a word in
    // construct is the head of the accused's name (`إدارة ترامب`، `أجهزة المخابرات`).
    let subject = |t: usize| {
        let key = doc.key(t);
        // Not an adjective of relation describing the name next (`الممثل الفرنسي جيرار`).
        let nisba = key.starts_with("ال") && key.ends_with('ي');
        (key.starts_with("ال") || key.ends_with("ون") || key.ends_with("ين")) && !is_title_word(key) && !nisba
    };
    let named =
        !words.is_empty() && words.len() <= ACCUSER_WORDS && words.clone().all(plain) && subject(first - 1);
    named.then(|| (Speaker::Unnamed(doc.tokens[from].start, doc.tokens[first - 1].end), first - 1))
}

/// Adverbs that stand between a verb and its object, no accuser, written without tanween and
/// not among the time words (folded).
const NOT_ACCUSERS: &[&str] = &["مرارا", "صراحه", "علنا", "رسميا"];

/// Where a speaker ending at token `end` ends with its genitive: a noun no lexicon knows,
/// without the article, takes the name right after it (`مندوبة أمريكا`; not `المعارضون
/// أردوغان`); a name is whole.
fn phrase_end(doc: &Doc, speaker: &Speaker, end: usize) -> usize {
    let in_construct = !doc.key(end).starts_with("ال");
    let genitive =
        doc.mention_at(end + 1).filter(|&m| in_construct && doc.first_token_of(m) == Some(end + 1));
    match (speaker, genitive) {
        (Speaker::Unnamed(..), Some(name)) => doc.last_token_of(name).unwrap_or(end),
        _ => end,
    }
}

/// Prepositions a cue may end in before what it speaks of (folded): `تحدث عن`، `أشار إلى`.
const TOPIC_PREPOSITIONS: &[&str] = &["عن", "الي", "حول", "من"];

/// Whether a cue of more than one word ends in a preposition of its topic (`تحدثت عن`).
fn ends_in_topic_preposition(doc: &Doc, found: &CueMatch) -> bool {
    found.last_token > found.first_token && TOPIC_PREPOSITIONS.contains(&doc.key(found.last_token))
}

/// `واعتبر أن الوضع متقلب`: a cue ending in its complementizer has said all before what is
/// said; a subject after it belongs to the statement.
fn ends_in_complementizer(doc: &Doc, found: &CueMatch) -> bool {
    found.last_token > found.first_token && crate::grammar::is_complementizer(doc.key(found.last_token))
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
    let verbal = matches!(at, SpeakerAt::Subject | SpeakerAt::Previous);
    // `ويرى المحلل أن الاتفاق هش، ويرجح أن ينهار`: joined to a claim of its sentence, the
    // hedge is that speaker's.
    let joined = || found.proclitics.conjunction && earlier.iter().any(|c| c.sentence == sentence);
    if (is_impersonal_hedge(doc, found) && !joined()) || is_prompted_by_a_thing(doc, found) {
        return None;
    }
    // `وفقا للقانون الدولي`، `بحسب الدستور`: done by a rule, said by no one.
    if at == SpeakerAt::After && names_a_rule(doc.key(found.last_token + 1)) {
        return None;
    }
    // `وزارة الدفاع التي كشفت`: after a relative pronoun the subject is the name before it,
    // unless the verb carries that name as its object (`غولن الذي اتهمته`).
    let object = || crate::events::carries_object_pronoun(doc, found);
    if let Some(group) = relative_head(doc, found.first_token).filter(|_| verbal && !object()) {
        return Some((Speaker::Mentions(group), found.last_token));
    }
    // `أصدر تيار المستقبل بيانا، قال فيه إن`: said in the statement just named, by its issuer.
    if verbal && matches!(doc.key(found.last_token + 1), "فيه" | "فيها") {
        if let Some(issuer) = issuer_of_statement_before(doc, found.first_token, sentence_range.start) {
            return Some((Speaker::Mentions(issuer), found.last_token + 1));
        }
    }
    // `لكنه لفت`، `هم يتوقعون`: a pronoun subject goes on with the speaker before. On a
    // complementizer it is the speaker of the verb it completes (`وأضاف ترامب أنه أبلغ
    // لجنة الانتخابات`), in the same sentence (`ولم يعلق التحالف …، غير أنه أكد` points
    // elsewhere); a name after it is the object.
    let before = doc.key(found.first_token.wrapping_sub(1));
    let completes = crate::grammar::is_pronoun_complementizer(before);
    let pronoun = verbal && found.first_token > 0 && (is_subject_pronoun(before) || completes);
    if pronoun {
        return main_claim_before(doc, earlier, sentence)
            .filter(|c| !completes || (c.sentence == sentence && pronoun_agrees(doc, before, c)))
            .map(|c| (c.speaker.clone(), found.last_token));
    }
    let named = match at {
        // `وفقا للمصدر`، `بحسب المصدر نفسه`: the source already named.
        SpeakerAt::After if is_anaphoric_source(doc, found.last_token + 1) => {
            main_claim_before(doc, earlier, sentence)
                .map(|c| (c.speaker.clone(), found.last_token + 1))
                .or_else(|| noun_speaker_after(doc, found.last_token, sentence_range.end, false))
        }
        SpeakerAt::After => speaker_after(doc, found.last_token, sentence_range.end, 2)
            .or_else(|| noun_speaker_after(doc, found.last_token, sentence_range.end, false)),
        // A statement noun claims only with its owner named after it (`بيان للجيش`، `تصريحات
        // صادرة عن الخارجية`); otherwise it is a verb's object (`نفى هذه الاتهامات`) or the
        // verb before it made the claim already (`ذكرت الوزارة في بيان`). Said *to* the media
        // (`في تصريح لسكاي نيوز`) or before or with someone (`أمام الكونغرس`، `مع نظيره`) is
        // no owner, and `هذا التصريح` is a statement already reported.
        SpeakerAt::Owner if is_demonstrative(doc.key(found.first_token.wrapping_sub(1))) => None,
        // `اتهام الخوذ البيضاء بتلفيق`: the genitive before the charge is the accused.
        SpeakerAt::Owner => match source_quoted_before(doc, found) {
            Quoted::Source(speaker) => Some((speaker, found.last_token)),
            Quoted::ByTheRelay => None,
            Quoted::No => {
                speaker_after(doc, found.last_token, sentence_range.end, 3).filter(|(speaker, end)| {
                    !is_media_addressee(doc, speaker)
                        && owner_is_close(doc, found, speaker)
                        && !is_object_of_a_word_between(doc, found, speaker)
                        && !crate::events::charge_follows(doc, found, phrase_end(doc, speaker, *end))
                })
            }
        },
        SpeakerAt::Subject | SpeakerAt::Previous => subject_right_before(doc, found).or_else(|| {
            // `تحدثت عن التعليم`: what follows a cue ending in its preposition is the topic;
            // what follows a participle of saying is its object (`واصفا المبيد بأنه آمن`).
            let participle = at == SpeakerAt::Previous && !doc.may_be_verb(found);
            if ends_in_topic_preposition(doc, found) || ends_in_complementizer(doc, found) || participle {
                return None;
            }
            speaker_after(doc, found.last_token, sentence_range.end, 0)
                .or_else(|| state_after(doc, found.last_token))
                .or_else(|| speaker_behind_role(doc, found.last_token, sentence_range.end))
                .or_else(|| quoted_body_after(doc, found, sentence_range.end))
                .or_else(|| noun_speaker_after(doc, found.last_token, sentence_range.end, true))
                .or_else(|| unknown_name_after(doc, found, sentence_range.end))
                .map(|named| person_set_off_after_role(doc, named, sentence_range.end))
                // `واتهمت مندوبة أمريكا بأنها`: the one named before the charge is accused.
                .and_then(|(speaker, end)| {
                    match crate::events::charge_follows(doc, found, phrase_end(doc, &speaker, end)) {
                        true => accuser_before_accused(doc, found, &speaker),
                        false => Some((speaker, end)),
                    }
                })
        }),
    };
    // `عملية إنزال نفذتها مروحيات أمريكية …، قالت إنها`: aircraft say nothing.
    let named = named.filter(|(speaker, _)| !is_craft(doc, speaker));
    if named.is_some() {
        return named;
    }
    // A continuation (`مضيفا`، `وأضاف`) goes on with the last speaker before any name behind
    // it is taken for a subject (`… مع بقايا تنظيم داعش، مؤكدة أن` is still the first speaker).
    let continues = at == SpeakerAt::Previous || found.proclitics.conjunction;
    let last = main_claim_before(doc, earlier, sentence)
        .filter(|c| continues && !verb_disagrees_with_source(doc, found, &c.speaker));
    let previous = last.map(|c| (c.speaker.clone(), found.last_token));
    let before = || match at {
        SpeakerAt::Subject | SpeakerAt::Previous => {
            speaker_before(doc, found.first_token, sentence_range.start)
                .filter(|(speaker, _)| !is_craft(doc, speaker))
        }
        _ => None,
    };
    // `أكد الوزير أن الحكومة السورية هي "حكومة سوريا" ولفت إلى أن`: a name inside what the
    // last speaker said, after that claim's cue, is no subject of a verb joined after it.
    let said_by_the_last = |(speaker, _): &(Speaker, usize)| {
        let Speaker::Mentions(group) = speaker else { return false };
        last.is_some_and(|c| {
            c.cue_token < found.first_token
                && group
                    .iter()
                    .filter_map(|&m| doc.first_token_of(m))
                    .all(|t| t > c.cue_token && c.content.contains(&t))
        })
    };
    if at == SpeakerAt::Previous {
        previous.or_else(before)
    } else {
        before().filter(|speaker| !said_by_the_last(speaker)).or(previous)
    }
}

/// `قال البروفيسور السعودي بالطب النفسي، طارق الحبيب، إن`، `قال قائد هيئة الأركان في حلف
/// الأطلسي أميرال البحرية الأميركي، جيمس فوغو، إن`: a role with no name, described at length
/// and then naming its holder set off by commas (or by a rank or title right before the
/// name: `الدكتورة ماري قعوار`), speaks by that person. Only the first comma or title after
/// the role is asked, and the person must close the aside (a comma, a complementizer or a
/// colon after it): `قال مسؤول أمني، رافضا الكشف عن اسمه، إن` names no one.
fn person_set_off_after_role(doc: &Doc, named: (Speaker, usize), limit: usize) -> (Speaker, usize) {
    let (Speaker::Unnamed(start, _), end) = named else { return named };
    // The role's head word: a body headed by an office speaks, the person named only its
    // genitive (`أعلنت إدارة الرئيس الأمريكي، دونالد ترامب، أنها`), and a group has no one
    // holder (`قال ناشطون وأفراد من عائلة الداعية، سلمان العودة،`).
    let first = doc.tokens.partition_point(|t| t.start < start);
    let head = doc.tokens.get(first).filter(|t| t.start == start).map(|_| doc.key(first));
    let bare = |key: &str| key.strip_prefix("ال").unwrap_or(key).to_string();
    let group = |key: &str| names_a_group(key) || PLURALS_OF_THINGS.contains(&key);
    // Only a role holds the office the person is named for: not a name (`مديرة المنظمة،
    // كاميليا تايلور، باكل`, the name before is the speaker) nor a thing (`وتكشف الصور`).
    let role = |key: &str| is_speaker_head(&bare(key)) || is_title_word(key);
    let holds_office = |key: &str| role(key) && !is_body_head(key) && !group(key) && !group(&bare(key));
    // The head as written (`وزيرة`), or after a glued و (`والمتحدث`).
    let conjoined =
        |key: &str| key.strip_prefix('و').filter(|_| key.chars().count() > 4).is_some_and(holds_office);
    if !head.is_some_and(|key| holds_office(key) || conjoined(key)) {
        return named;
    }
    let reach = limit.min(end + 1 + SET_OFF_REACH);
    // `وقالت إحدى الممثلات إنهن سارعن … نحو رئيس البرلمان، اسماعيل كهرمان`: what is said
    // has begun at any word of إن or أن.
    let stops = |t: usize| {
        let key = doc.key(t);
        let short_an = key.starts_with("ان") && key.chars().count() <= 5;
        short_an
            || is_complementizer(key)
            || is_relative_pronoun(key)
            || crate::args::is_reporting_cue(doc, t)
    };
    // `قالت وزيرة التخطيط والتعاون الدولي الأردنية الدكتورة ماري قعوار، إن`: a rank or
    // title right before the name sets it off as a comma does; not a noun with its pronoun
    // (`وصف المدير الفني لليفربول لاعبه محمد صلاح`: his player, folded as a player (f.)).
    let title = |t: usize| is_title_word(doc.key(t)) && !carries_pronoun(doc.raw(t));
    let sets_off = |t: usize| doc.is_comma(t) || (title(t) && doc.mention_at(t + 1).is_some());
    let Some(comma) = (end + 1..reach).take_while(|&t| !stops(t)).find(|&t| sets_off(t)) else {
        return named;
    };
    // A rank may stand between the comma and the name (`قائد اللواء 143، العميد ذياب القبلي،`).
    let name_at = if doc.is_comma(comma) && title(comma + 1) { comma + 2 } else { comma + 1 };
    let person =
        doc.mention_at(name_at).filter(|&m| doc.is_person(m) && doc.first_token_of(m) == Some(name_at));
    let closed = |last: usize| {
        doc.is_comma(last + 1) || is_complementizer(doc.key(last + 1)) || matches!(doc.raw(last + 1), ":")
    };
    match person.and_then(|m| doc.last_token_of(m).map(|last| (m, last))) {
        Some((m, last)) if closed(last) => (Speaker::Mentions(vec![m]), last),
        _ => named,
    }
}

/// Whether a speaker's head word (folded) names a group, not one person: a source noun
/// (`مصادر`، `شهود`), a sound masculine plural (`ناشطون`، `المسؤولين`) or all of them
/// (`الجميع`). (A word in ات may be one person's craft: `النحات`.)
fn names_a_group(letters: &str) -> bool {
    SOURCE_HEADS.contains(&letters)
        || letters.ends_with("ون")
        || letters.ends_with("ين")
        || matches!(letters, "جميع" | "الجميع")
}

/// How many words a role may take before the comma that sets off its holder's name.
const SET_OFF_REACH: usize = 12;

/// `أصدرت منظمات بيانا منددة بالنظام السوري`: a name with ب glued to it past a word after
/// the statement noun is that word's object (what the statement condemns), not its owner.
fn is_object_of_a_word_between(doc: &Doc, noun: &CueMatch, speaker: &Speaker) -> bool {
    let Speaker::Mentions(group) = speaker else { return false };
    let Some(&first) = group.first() else { return false };
    let past_a_word = doc.first_token_of(first).is_some_and(|at| at > noun.last_token + 1);
    past_a_word && doc.glued_preposition(first) == Some('ب')
}

/// Plurals of aircraft (folded) that name a state's air force (`مروحيات أمريكية`،
/// `الطائرات الروسية`): they act, but speak for no one.
const CRAFT_HEADS: &[&str] = &["طايرات", "الطايرات", "مقاتلات", "المقاتلات", "مروحيات", "المروحيات", "الطيران"];

/// Whether every mention a speaker names is named by a plural of aircraft.
fn is_craft(doc: &Doc, speaker: &Speaker) -> bool {
    let Speaker::Mentions(group) = speaker else { return false };
    let head = |m: usize| doc.first_token_of(m).map(|t| doc.key(t));
    !group.is_empty() && group.iter().all(|&m| head(m).is_some_and(|key| CRAFT_HEADS.contains(&key)))
}

/// The forms of دعا (folded, without a conjunction) that after ما mean "prompted": `ما دعا
/// الشرطة إلى إيقافه`، `لا يوجد ما يدعو روسيا للتدخل`.
const PROMPTING_FORMS: &[&str] = &["دعا", "دعت", "يدعو", "تدعو"];

/// `ما دعا الشرطة إلى إيقافه`: what something prompted is no call anyone made.
fn is_prompted_by_a_thing(doc: &Doc, found: &CueMatch) -> bool {
    let before = doc.key(found.first_token.wrapping_sub(1));
    PROMPTING_FORMS.contains(&doc.after_conjunction(found)) && matches!(before, "ما" | "مما" | "وما" | "بما")
}

/// Hedges in the imperfect (folded) that news writes as passives more often than not:
/// `يعتقد أن` "it is believed", `يرجح أن` "it is likely", `يتوقع أن` "it is expected".
const IMPERSONAL_HEDGES: &[&str] = &["يعتقد", "يرجح", "يتوقع"];

/// `ويعتقد أن القتيلين يعملان لحساب فاغنر`، `المرتزقة الذين يعتقد أنهم قتلوا`: one of
/// [`IMPERSONAL_HEDGES`] right before its complementizer, with no subject before it (a name,
/// `هو`, a complementizer's pronoun, `إنه يعتقد أن`, or a masculine antecedent it may agree
/// with, `بوتين الذي يتوقع أن يفوز`), is said by no one: it carries no speaker over and takes
/// no antecedent for one.
fn is_impersonal_hedge(doc: &Doc, found: &CueMatch) -> bool {
    let before = doc.key(found.first_token.wrapping_sub(1));
    IMPERSONAL_HEDGES.contains(&doc.after_conjunction(found))
        && crate::grammar::is_complementizer(doc.key(found.last_token + 1))
        && !crate::grammar::is_pronoun_complementizer(before)
        && !is_subject_pronoun(before)
        && before != "الذي"
        && subject_right_before(doc, found).is_none()
}

/// Whether a complementizer's pronoun (`أنه`، `بأنها`) may stand for the speaker of `claim`:
/// of the gender of its verb (`وقال ماكرون إنها أكدت` is someone else). True when either
/// says no gender.
fn pronoun_agrees(doc: &Doc, pronoun: &str, claim: &ClaimDraft) -> bool {
    let feminine = match pronoun {
        "انها" | "بانها" => true,
        "انه" | "بانه" => false,
        _ => return true,
    };
    let Some(cue) = doc.cue_match_at(claim.cue_token) else { return true };
    !doc.may_be_verb(cue) || crate::events::is_feminine_verb(doc, cue) == feminine
}

/// Unnamed sources named by a plural of things (folded), whose verbs are feminine singular
/// (`ذكرت تقارير`، `أفادت مصادر`، `قالت وسائل إعلام`).
const PLURALS_OF_THINGS: &[&str] =
    &["تقارير", "مصادر", "وسايل", "صحف", "صفحات", "شبكات", "معلومات", "انباء", "بيانات", "وثايق"];

/// `ذكرت تقارير أن … وقال في تصريح`: a verb for a masculine subject does not go on with a
/// source named by a plural of things ([`PLURALS_OF_THINGS`]), whose verb would be feminine;
/// `بحسب مسؤولين. … وقالت إن`: nor does a feminine one with officials.
fn verb_disagrees_with_source(doc: &Doc, found: &CueMatch, speaker: &Speaker) -> bool {
    let Speaker::Unnamed(start, end) = *speaker else { return false };
    let head = doc.text.get(start..end).and_then(|words| words.split_whitespace().next()).unwrap_or("");
    let head = marsad_text::fold::fold_key(head);
    let head = head.strip_prefix("ال").unwrap_or(&head);
    let feminine = || crate::events::is_feminine_verb(doc, found);
    let things = PLURALS_OF_THINGS.contains(&head);
    // Only a plural the speaker heads list (`مسؤولون`): an unknown name may end so too
    // (`هندرسون`، `جين`), and a woman named before may go on after a group cited.
    let men = is_speaker_head(head) && (head.ends_with("ون") || head.ends_with("ين"));
    doc.may_be_verb(found) && ((things && !feminine()) || (men && feminine()))
}

/// The last claim within reach that is not quoted inside another: `وأضاف` goes on with the
/// one who speaks, not with a source he cites (`وأضاف: "بحسب المصادر، …". وأوضح`).
fn main_claim_before<'c>(doc: &Doc, earlier: &'c [ClaimDraft], sentence: usize) -> Option<&'c ClaimDraft> {
    // Inside what another says: after its complementizer, colon or opening quote. A source
    // named before that (`قالت سانا، نقلا عن مصدر عسكري، إن`) is the one who speaks on.
    let nested = |c: &ClaimDraft| {
        earlier.iter().any(|d| {
            d.sentence == c.sentence
                && d.cue_token < c.cue_token
                && d.content.contains(&c.cue_token)
                && (d.content.start..c.cue_token).any(|t| opens_what_is_said(doc, t))
        })
    };
    earlier
        .iter()
        .rev()
        .take_while(|c| sentence.saturating_sub(c.sentence) <= CONTINUATION_REACH)
        .find(|c| !nested(c))
}

/// True for `المصدر` or `المصادر` (with ل or not) standing alone, not qualified by an
/// adjective that would make it a new source (`المصادر الاستخباراتية`).
fn is_anaphoric_source(doc: &Doc, at: usize) -> bool {
    let key = doc.key(at);
    let bare = key.strip_prefix('ل').filter(|rest| rest.starts_with('ل')).map_or(key, |rest| rest);
    let source = matches!(bare, "المصدر" | "المصادر" | "لمصدر" | "لمصادر");
    let next = doc.key(at + 1);
    source && doc.mention_at(at).is_none() && (!next.starts_with("ال") || next == "ذاته")
}

/// True for a complementizer, a colon or an opening quote: what follows is what is said.
fn opens_what_is_said(doc: &Doc, at: usize) -> bool {
    is_complementizer(doc.key(at)) || matches!(doc.raw(at), ":" | "«" | "\"" | "“")
}

/// The actor named right before a relative pronoun standing right before token `at`
/// (`وزارة الدفاع الروسية التي كشفت`، `بغداد، التي أعلنت`).
fn relative_head(doc: &Doc, at: usize) -> Option<Vec<usize>> {
    let pronoun = at.checked_sub(1).filter(|&t| is_relative_pronoun(doc.key(t)))?;
    let mut before = pronoun.checked_sub(1)?;
    if doc.key(before).is_empty() && before > 0 {
        before -= 1; // a comma
    }
    let mention = doc.mention_at(before)?;
    let acts = doc.is_actor(mention) || doc.stands_for_state(mention);
    let first = doc.first_token_of(mention)?;
    (acts && !doc.after_preposition(mention))
        .then(|| crate::args::coordinated(doc, mention))
        .filter(|_| first <= before)
}

/// The one who issued the statement noun right before token `cue` (past a comma): the
/// subject of the verb before it (`وأصدر تيار المستقبل بيانا، قال فيه`).
fn issuer_of_statement_before(doc: &Doc, cue: usize, sentence_start: usize) -> Option<Vec<usize>> {
    let before = cue.checked_sub(1)?;
    let noun_at = if doc.is_comma(before) { before.checked_sub(1)? } else { before };
    let noun = doc.cue_match_at(noun_at)?;
    if !is_statement_noun(doc, noun) || noun.first_token < sentence_start {
        return None;
    }
    let subject = noun.first_token.checked_sub(1)?;
    let issuer = doc.mention_at(subject).filter(|&m| doc.is_actor(m) || doc.stands_for_state(m))?;
    let verb = doc.first_token_of(issuer)?.checked_sub(1)?;
    let key = doc.key(verb);
    let issuing = ISSUING_VERBS.contains(&key.strip_prefix(['و', 'ف']).unwrap_or(key));
    let verb_before = issuing || doc.cue_match_at(verb).is_some_and(|v| doc.may_be_verb(v));
    verb_before.then(|| crate::args::coordinated(doc, issuer))
}

/// Verbs of issuing a statement (folded, without the conjunction): `أصدر بيانا`، `نشرت بيانا`.
const ISSUING_VERBS: &[&str] = &["اصدر", "اصدرت", "نشر", "نشرت", "وزع", "وزعت"];

/// An actor, or a state acting, named right before the verb (`وكانت دمشق اتهمت التحالف`):
/// the subject (SVO), so the name after the verb is its object.
fn subject_right_before(doc: &Doc, found: &CueMatch) -> Option<(Speaker, usize)> {
    crate::args::subject_right_before(doc, found.first_token)
        .map(|group| (Speaker::Mentions(group), found.last_token))
}

/// A country or a capital right after a reporting verb speaks for its government (`تقول
/// بغداد`، `اتهمت دمشق التحالف`): what one says cannot be a place.
fn state_after(doc: &Doc, cue_end: usize) -> Option<(Speaker, usize)> {
    let mention = doc.mention_at(cue_end + 1)?;
    let first = doc.first_token_of(mention) == Some(cue_end + 1);
    let glued = doc.glued_preposition(mention).is_some();
    let last = doc.last_token_of(mention)?;
    (first && !glued && doc.stands_for_state(mention)).then(|| (Speaker::Mentions(vec![mention]), last))
}

/// True when no preposition but من، عن (or a glued ل) stands between a statement noun and
/// the owner found after it: `تصريح أمام الكونغرس`، `مؤتمر صحافي مع نظيره ترامب` name whom
/// it was made before or with.
fn owner_is_close(doc: &Doc, noun: &CueMatch, speaker: &Speaker) -> bool {
    let Speaker::Mentions(group) = speaker else { return true };
    let Some(first) = group.first().and_then(|&m| doc.first_token_of(m)) else { return true };
    !(noun.last_token + 1..first).any(|at| {
        let key = doc.key(at);
        is_preposition(key) && !matches!(key, "من" | "عن")
    })
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
        // `أكد المرصد انسحاب الجيش السوري`: a definite word takes no genitive, so an act's
        // noun right after it is the verb's object, and the body after that act's.
        if opens_object_after_definite(doc, at) {
            return None;
        }
        let Some(group) = actor_group_at(doc, at) else { continue };
        if doc.glued_preposition(group[0]) == Some('ل') || !follows_its_role(doc, group[0], cue_end, at) {
            return None;
        }
        // Not the body the role serves; one may follow (`مسؤولة الشؤون الخارجية بالاتحاد
        // الأوروبي فيديريكا موغيريني`).
        if after_a_definite_noun(doc, group[0], cue_end, at) {
            continue;
        }
        let last = group.last().and_then(|&m| doc.last_token_of(m))?;
        // `المتحدث باسم التحالف، العقيد مايكل هارت`: the person named next is the speaker,
        // known to the lexicon or not (`الميجور جنرال البريطاني فيلكس غيدني`).
        let holder_from = past_body_named_again(doc, last);
        if let Some(person) = person_after(doc, holder_from) {
            let person_last = doc.last_token_of(person).unwrap_or(last);
            return Some((Speaker::Mentions(vec![person]), person_last));
        }
        if let Some(name) = name_after_titles(doc, holder_from) {
            return Some(name);
        }
        return Some((Speaker::Mentions(group), last));
    }
    None
}

/// `المتحدث باسم قوات التحالف "تحالف دعم الشرعية في اليمن" العقيد الركن تركي المالكي`: the
/// body a role speaks for, named again right after itself (in quotes or brackets), is passed
/// over to the holder named after it. The token where the body's naming ends: `last`, or the
/// end of the second naming.
fn past_body_named_again(doc: &Doc, last: usize) -> usize {
    let quote = |t: usize| t < doc.tokens.len() && crate::doc::is_quote(doc.raw(t));
    let at = (last + 1..).find(|&t| !quote(t)).unwrap_or(last + 1);
    let body = |m: usize| doc.is_actor(m) && !doc.is_person(m) && doc.first_token_of(m) == Some(at);
    let again = doc.mention_at(at).filter(|&m| body(m));
    let Some(end) = again.and_then(|m| doc.last_token_of(m)) else { return last };
    (end + 1..).find(|&t| !quote(t)).map_or(end, |after| after - 1)
}

/// Whether token `at` is an act's noun (an event trigger) right after a definite word, which
/// closes the subject before it: the act is the object.
fn opens_object_after_definite(doc: &Doc, at: usize) -> bool {
    let is_act =
        |cue: &CueMatch| doc.cue_entries(cue).any(|entry| matches!(entry.role, CueRole::Trigger { .. }));
    at > 0 && doc.key(at - 1).starts_with("ال") && doc.cue_match_at(at).is_some_and(is_act)
}

/// `واتهم المسؤولون اللبنانيون السلطات السعودية`: a noun with the article takes no genitive,
/// so a body right after a definite word, with no preposition glued to it, is the verb's
/// object, not the body the role serves (`المتحدث باسم التحالف`، `مسؤول بالخارجية`، `رئيس
/// الحكومة` are not so written). A person there is named in apposition (`رئيس مجلس النواب
/// نبيه بري`).
fn after_a_definite_noun(doc: &Doc, mention: usize, cue_end: usize, at: usize) -> bool {
    at > cue_end + 1
        && doc.key(at - 1).starts_with("ال")
        && doc.glued_preposition(mention).is_none()
        && !doc.is_person(mention)
}

/// Whether actor `mention` (at token `at`), if it is written with a glued ب, may be the body
/// the words after the cue serve (`مصادر بالإدارة الأميركية`، `مسؤول بوزارة الخارجية`): not
/// right after the cue (`يعترف بالإنتربول`، `وتضيف بحماس`: the verb's object or manner), nor
/// after a noun with its pronoun (`ينفي ارتباط ابنه بحماس`، `يقول مقدمه بحماس واضح`).
fn follows_its_role(doc: &Doc, mention: usize, cue_end: usize, at: usize) -> bool {
    if doc.glued_preposition(mention) != Some('ب') {
        return true;
    }
    at > cue_end + 1 && !carries_pronoun(doc.raw(at - 1))
}

/// Whether a word (as written) ends in a pronoun after at least three letters: ه (see
/// [`ends_in_object_pronoun`]), ها or هم (`اجتماعها`، `قادتهم`).
pub(crate) fn carries_pronoun(raw: &str) -> bool {
    let long = raw.chars().count() >= 5;
    ends_in_object_pronoun(raw) || (long && (raw.ends_with("ها") || raw.ends_with("هم")))
}

/// How many name words an unknown person's name may take.
const NAME_WORDS: usize = 3;

/// How many words a body's name in quotes may have (`شركة "إيه تي آند تي"`): the quotes
/// bound it.
const QUOTED_NAME_WORDS: usize = 5;

/// An unknown person's name after a body's name, past ranks, titles and adjectives: two or
/// three words, none of them definite, a function word, a name or a cue (`… التحالف الدولي
/// الميجور جنرال البريطاني فيلكس غيدني`).
fn name_after_titles(doc: &Doc, after: usize) -> Option<(Speaker, usize)> {
    let sentence_end = doc.sentence_of(after).and_then(|s| doc.sentences.get(s)).map_or(after, |s| s.end);
    let limit = sentence_end.min(after + 1 + ROLE_WORDS + NAME_WORDS);
    let mut at = after + 1;
    let comma = |t: usize| matches!(doc.raw(t), "،" | ",");
    // A relative pronoun (`المدرب المخضرم، الذي سبق وقاد`) opens a clause about the role,
    // not a name.
    while at < limit
        && doc.mention_at(at).is_none()
        && !is_relative_pronoun(doc.key(at))
        && (is_office_word(doc.key(at)) || comma(at))
    {
        at += 1;
    }
    // `المتحدث باسم رئاسة الوزراء`: right after a role, on behalf of a body, not the given
    // name باسم (`المتحدث باسم الوزارة باسم يوسف` is one).
    let role_before = is_speaker_head(doc.key(after)) || is_title_word(doc.key(after));
    if at == after + 1 && role_before && doc.key(at) == "باسم" {
        return None;
    }
    // The name may be one the lexicon knows (a given name starts it: `مأمون أبو نوار`).
    if let Some(person) = doc.mention_at(at).filter(|&m| at < limit && doc.is_person(m)) {
        let last = doc.last_token_of(person).unwrap_or(at);
        return (doc.first_token_of(person) == Some(at)).then_some((Speaker::Mentions(vec![person]), last));
    }
    let first = at;
    let is_name_word = |t: usize| {
        let key = doc.key(t);
        !key.is_empty()
            && !key.starts_with("ال")
            && !marsad_lexicon::has_plain_pronoun_suffix(key)
            && !is_naming_verb(key)
            && !is_function_word(key)
            && !is_title_word(key)
            && !is_title_after_lam(key)
            && doc.mention_at(t).is_none()
            && doc.cue_at(t).is_none()
    };
    while at < limit && at - first < NAME_WORDS && is_name_word(at) {
        at += 1;
    }
    let words = at - first;
    (words >= 2).then(|| (Speaker::Unnamed(doc.tokens[first].start, doc.tokens[at - 1].end), at - 1))
}

/// `النائب الأول لرئيس إدارة العمليات`: a title after ل is a role's genitive, no name (a
/// definite word is not asked: `لالويت` is a name).
fn is_title_after_lam(key: &str) -> bool {
    key.strip_prefix('ل').is_some_and(is_title_word)
}

/// Verbs that introduce a name (`وتدعى إيمان`، `ويدعى`), folded: not part of it.
fn is_naming_verb(key: &str) -> bool {
    matches!(key.strip_prefix('و').unwrap_or(key), "يدعي" | "تدعي" | "يسمي" | "تسمي")
}

/// True for a word an office's name may run over: a title word or a definite word (its
/// adjectives and genitives: `وزير الخارجية الأمريكي`).
pub(crate) fn is_office_word(key: &str) -> bool {
    is_title_word(key) || crate::grammar::is_definite_word(key)
}

/// True for a title or rank word (`العقيد`، `جنرال`), with or without the article.
pub(crate) fn is_title_word(key: &str) -> bool {
    static TITLES: std::sync::OnceLock<marsad_text::hash::KeySet<String>> = std::sync::OnceLock::new();
    let titles = TITLES.get_or_init(|| {
        let terms = &marsad_lexicon::Lexicon::builtin().data.titles;
        // Each one-word title with and without its article (`الجنرال`، `جنرال`).
        let keys = terms.iter().map(|t| marsad_text::fold::fold_key(&t.text)).filter(|t| !t.contains(' '));
        keys.flat_map(|t| [t.strip_prefix("ال").map(str::to_string), Some(t)]).flatten().collect()
    });
    titles.contains(key)
}

/// True when a title opens at token `at`: a one-word title (`الرئيس`، `وزير`) or the first
/// two words of a longer one (`ولي العهد`، `الأمين العام`، `وزير الخارجية`).
pub(crate) fn opens_with_title(doc: &Doc, at: usize) -> bool {
    type Seconds = marsad_text::hash::KeyMap<String, Vec<String>>;
    static SECONDS: std::sync::OnceLock<Seconds> = std::sync::OnceLock::new();
    let seconds = SECONDS.get_or_init(|| {
        let mut seconds = Seconds::default();
        for title in &marsad_lexicon::Lexicon::builtin().data.titles {
            let key = marsad_text::fold::fold_key(&title.text);
            let mut words = key.split(' ');
            if let (Some(first), Some(second)) = (words.next(), words.next()) {
                seconds.entry(first.to_string()).or_default().push(second.to_string());
            }
        }
        seconds
    });
    let key = doc.key(at);
    // The second word is looked at only after a word that opens a title of two (few words do).
    is_title_word(key)
        || seconds.get(key).is_some_and(|words| words.iter().any(|word| word == doc.key(at + 1)))
}

/// A speaker no lexicon knows, standing right after the cue as its subject or its
/// complement: a definite noun or a plural (`يرجح الخبراء`، `يعتقد البعض`، `بحسب المصادر
/// الاستخباراتية`، `وفقا لغيدني`), with one adjective after it, or a body (`شركة الطيران`). Its
/// text is the speaker. After a verb (`after_verb`) a word spelled with ل first is a name or
/// what is spoken to, not ل and a speaker.
fn noun_speaker_after(doc: &Doc, cue_end: usize, limit: usize, after_verb: bool) -> Option<(Speaker, usize)> {
    let at = cue_end + 1;
    // `وقال مسؤولان أمريكيان`: two people counted by a dual noun may be the speakers, with
    // an adjective agreeing with the dual after them.
    let dual = doc.is_dual_count(at);
    let named = doc.mention_at(at).is_some() && !dual;
    // A cue from the word on is no speaker; a phrase the cue word was narrowed from
    // ([`claim_word_of_phrase`]: `أفادت تقارير`) holds it only as the hedge's wording.
    if at >= limit || named || doc.cue_match_at(at).is_some_and(|cue| cue.first_token == at) {
        return None;
    }
    let key = doc.key(at);
    // `وقالت لموقع "غيزمودو"`، `قال للتلفزيون الحكومي`: after a verb, a body after ل is
    // spoken to; `كشف النقاب عن` is an idiom of revealing, the veil its object.
    if after_verb && (is_said_to(key) || IDIOM_OBJECTS.contains(&key)) {
        return None;
    }
    // `حسب قوله`، `وفقا لتعبيره`، `وفقا لأهوائها`: after a particle a word with a pronoun
    // points back, to a speaker already named or to no one.
    if !after_verb && carries_pronoun(doc.raw(at)) {
        return None;
    }
    // `وفقا لغيدني`: ل glued to the speaker after a particle; a verb's subject takes none
    // (`وتشير لقطات فيديو` is no ل before `قطات`).
    let glued = match key.strip_prefix('ل') {
        Some(rest) if !after_verb && !key.starts_with("ال") && rest.chars().count() >= 3 => 'ل'.len_utf8(),
        _ => 0,
    };
    let letters = &key[glued..];
    if is_body_head(letters) {
        return body_after(doc, at, glued, limit);
    }
    if after_verb && key.starts_with('ل') && !key.starts_with("ال") && !key.starts_with("لل") {
        return name_with_lam(doc, at, limit);
    }
    // `وزير الدفاع الروسي`: an office noun heads a construct, its genitive and adjective after.
    // `يقول أحد المشاركين`: one of a group, named by the definite noun after it.
    // `وأفادت مصادر بمقتل`، `ذكرت تقارير بأن`: an unnamed plural of things after a verb is
    // its subject, the sources or reports, even with nothing to qualify it.
    let things = after_verb && PLURALS_OF_THINGS.contains(&letters);
    let head = is_speaker_head(letters) || one_of_group(letters, doc.key(at + 1)) || dual || things;
    let looks_nominal = letters.starts_with("ال") || letters.ends_with("ون") || glued > 0 || head;
    if !looks_nominal || (letters.chars().count() < 4 && !head) || is_function_word(key) {
        return None;
    }
    let token = doc.tokens[at];
    let mut end = (token.end, at);
    let agrees_with_dual = |key: &str| dual && (key.ends_with("ان") || key.ends_with("ين"));
    // `مصادر نفطية`، `مصادر مصرية وسودانية`، `تقارير أخرى`: a plural of things takes its
    // adjectives indefinite and feminine.
    let agrees_with_things = |key: &str| {
        let key = key.strip_prefix('و').filter(|_| key.chars().count() > 4).unwrap_or(key);
        things && !key.starts_with("ال") && (key.ends_with("يه") || key == "اخري")
    };
    // After an indefinite adjective a definite word is no adjective of the head: `مصادر
    // عائلية الخبر` has the object next; `مصادر المعارضة` is a construct.
    let definite = |next: usize| doc.key(next).starts_with("ال") && (!things || next == at + 1);
    // `متحدث رسمي باسم الحكومة`: an office held on record, its adjective indefinite too.
    let official = |key: &str| head && !letters.starts_with("ال") && matches!(key, "رسمي" | "رسميه");
    let modifier = |next: usize| {
        next < limit
            && (definite(next)
                || agrees_with_dual(doc.key(next))
                || agrees_with_things(doc.key(next))
                || official(doc.key(next)))
            && doc.mention_at(next).is_none()
            && doc.cue_at(next).is_none()
            && !is_function_word(doc.key(next))
    };
    for next in at + 1..at + if head { 3 } else { 2 } {
        if !modifier(next) {
            break;
        }
        end = (doc.tokens[next].end, next);
    }
    // `حاكم موبتي`، `محافظ الأنبار`: an office's genitive may be the place it governs.
    let place =
        doc.mention_at(at + 1).filter(|&m| head && doc.is_place(m) && doc.first_token_of(m) == Some(at + 1));
    if let Some(last) =
        place.filter(|_| end.1 == at).and_then(|m| doc.last_token_of(m)).filter(|&last| last < limit)
    {
        end = (doc.tokens[last].end, last);
    }
    // `المتحدث باسم الوزارة، نصرت رحيمي`: after the body spoken for, only a name set off by
    // a comma is the spokesman's (`متحدثة باسم الشرطة بسقوط عدد` names none).
    let spoken_for = body_spoken_for(doc, end.1 + 1, limit);
    if let Some(last) = spoken_for {
        end = (doc.tokens[last].end, last);
    }
    let named_next = spoken_for.is_none() || doc.is_comma(end.1 + 1);
    // `يرى الخبير العسكري الأردني اللواء مأمون أبو نوار`: the person named after the role
    // (one of a group is not named so: `وقالت إحدى الممثلات إنهن`; nor is a group:
    // `وأكدت المصادر ارتفاع حصيلة القتلى` has the object next).
    let group = things || names_a_group(letters);
    if let Some(name) = name_after_titles(doc, end.1).filter(|_| !is_one_of(letters) && !group && named_next)
    {
        return Some(name);
    }
    Some((Speaker::Unnamed(token.start + glued, end.0), end.1))
}

/// A verb's subject spelled with ل first (`وقال لوفيرن للصحفيين`، `قال لويجي دي بياجيو`،
/// `وتشير لقطات فيديو`): a name or a noun, not the preposition, and its words after it (short
/// particles too: `دي`). Not ل with a pronoun (`قال لنا`) or glued to a noun carrying one
/// (`وقال لأنصاره`): those are spoken to.
fn name_with_lam(doc: &Doc, at: usize, limit: usize) -> Option<(Speaker, usize)> {
    let key = doc.key(at);
    let letters_only = key.chars().all(|c| c.is_alphabetic());
    if is_noun_after_lam(doc, at) || !letters_only || LAM_WORDS.contains(&key) || is_title_after_lam(key) {
        return None;
    }
    // `اعترف لرجل الدين`: a noun before its genitive is spoken to; a name is followed by no
    // definite word but a relative pronoun (`وقال لالانا الذي`).
    let next = doc.key(at + 1);
    let construct = next.starts_with("ال") && !is_relative_pronoun(next);
    if key.chars().count() < 4 || construct {
        return None;
    }
    // After the first word: no ل before an outlet (`لقناة`), no role in ة (`محررة`), no
    // pronoun (`ترجمتها`), no preposition before the article (`بالتسبب`), no verb after و
    // or in وا, no `بعدما` (`لوبتيجي وسجل`، `لأشخاص كانوا`).
    let name_word = |t: usize| {
        let (key, raw) = (doc.key(t), doc.raw(t));
        let verb_like =
            key.starts_with('و') || key.ends_with("وا") || matches!(key, "بعدما" | "عندما" | "حينما");
        let not_a_name = is_said_to(key)
            || raw.ends_with('ة')
            || raw.ends_with("ها")
            || raw.ends_with("هم")
            || key.starts_with("بال")
            || verb_like;
        let later = t > at && not_a_name;
        t < limit
            && !key.is_empty()
            && !later
            && !key.starts_with("ال")
            && !key.starts_with("لل")
            && !is_function_word(key)
            && !is_title_word(key)
            && doc.mention_at(t).is_none()
            && doc.cue_at(t).is_none()
    };
    let last = (at..at + NAME_WORDS).take_while(|&t| name_word(t)).last()?;
    Some((Speaker::Unnamed(doc.tokens[at].start, doc.tokens[last].end), last))
}

/// Endings of a noun after ل that no name has: ة, a pronoun, a sound plural (`لدولة`،
/// `لأنصاره`، `لأخيكم`، `للصحفيين`).
const NOUN_ENDINGS: &[&str] = &["ة", "ه", "ها", "هم", "نا", "كم", "ين"];

/// Whether the word at `at` is ل and a noun, whom something is said to (`لأنصاره`،
/// `لنفسي`، `لنا`): not a name spelled with ل first.
fn is_noun_after_lam(doc: &Doc, at: usize) -> bool {
    let (raw, key) = (doc.raw(at), doc.key(at));
    key.starts_with('ل')
        && (NOUN_ENDINGS.iter().any(|ending| raw.ends_with(ending))
            || key.contains("نفس")
            || crate::grammar::is_pronoun_preposition(key))
}

/// The objects of a verb of saying in an idiom, folded: what is lifted in one of revealing
/// (`كشف النقاب عن`، `أزاح الستار عن`) or the attention drawn (`لفت الانتباه إلى`، `لفتت
/// الأنظار`). No speaker.
const IDIOM_OBJECTS: &[&str] = &["النقاب", "الستار", "اللثام", "الانتباه", "الانظار", "النظر"];

/// Rules and plans a thing is done "according to" (folded, without the article): `وفقا
/// للقانون الدولي`، `بحسب الدستور`، `وفقا للقوانين`. No one speaks through them.
const RULE_NOUNS: &[&str] = &[
    "قانون",
    "قوانين",
    "دستور",
    "شريعه",
    "قواعد",
    "لوايح",
    "لايحه",
    "انظمه",
    "نظام",
    "شروط",
    "معايير",
    "تعليمات",
    "اجراءات",
    "مبادي",
    "اعراف",
    "تقاليد",
    "خطه",
    "جدول",
    "توقيت",
    "ترتيب",
];

/// Whether a word after an "according to" particle names a rule (`للقانون`، `القوانين`,
/// `لقوانين`), with its article or ل (which swallows the article's alif) or both.
fn names_a_rule(key: &str) -> bool {
    let bare = crate::grammar::without_article(key).or_else(|| key.strip_prefix('ل'));
    bare.is_some_and(|noun| RULE_NOUNS.contains(&noun))
}

/// Words spelled with ل first that name no one after a verb of saying (folded).
const LAM_WORDS: &[&str] =
    &["لاحقا", "لاغير", "لاول", "لماذا", "لذلك", "لعل", "لطالما", "لاسيما", "ليلا", "لاحد", "لاحدي"];

/// `أحد`، `إحدى` or `بعض` (folded), one or some of a group.
fn is_one_of(key: &str) -> bool {
    matches!(key, "احد" | "احدي" | "بعض")
}

/// Whether `word` and the folded word after it name one or some of a group of people: `أحد`
/// or `إحدى` before any definite noun (`يقول أحد المشاركين`), `بعض` before a sound masculine
/// plural (`ويقول بعض المعلقين`), not before things (`كشفت بعض التفاصيل`, the verb's object).
fn one_of_group(word: &str, next: &str) -> bool {
    let definite = next.starts_with("ال");
    match word {
        "احد" | "احدي" => definite,
        "بعض" => definite && (next.ends_with("ين") || next.ends_with("ون")),
        _ => false,
    }
}

/// How many words the body after `باسم` may take.
const SPOKEN_FOR_WORDS: usize = 4;

/// `المتحدث باسم وزارة الداخلية السعودية`: the last token of the body a spokesman speaks
/// for, when `باسم` stands at token `at`: names, definite words and a body's head noun.
fn body_spoken_for(doc: &Doc, at: usize, limit: usize) -> Option<usize> {
    if doc.key(at) != "باسم" {
        return None;
    }
    // Not a name after ل (`باسم الاتحاد الدولي لبي بي سي`: what follows is who he spoke to).
    let part = |t: usize| {
        let key = doc.key(t);
        let after_lam = key.starts_with('ل') && !key.starts_with("ال") && !is_body_head(key);
        t < limit && !is_function_word(key) && !after_lam
    };
    let named =
        |t: usize| doc.mention_at(t).is_some() || doc.key(t).starts_with("ال") || is_body_head(doc.key(t));
    let bare = |t: usize| part(t) && doc.cue_at(t).is_none();
    // A bare noun heads a construct whose genitive, a word or two on, is definite (`باسم
    // رئاسة الوزراء الإسرائيلية`، `باسم مفوضية شؤون اللاجئين`).
    let heads_construct = |t: usize| (t + 1..t + 3).take_while(|&next| part(next)).any(named);
    let construct = (at + 1..at + 1 + SPOKEN_FOR_WORDS)
        .take_while(|&t| part(t) && (named(t) || (bare(t) && heads_construct(t))))
        .last();
    // One or two bare words, then what is said: a name (`باسم شرطة نورثومبريا، إن`).
    let before_saying = (at + 1..at + 3)
        .take_while(|&t| bare(t))
        .filter(|&t| opens_saying(doc, t + 1, limit.max(t + 2)))
        .last();
    construct.max(before_saying)
}

/// A body no lexicon knows, its head noun at token `at` (`glued` bytes of a preposition
/// before it) and its name a definite genitive after it, with one adjective (`وتقول شركة
/// الطيران`، `واعتبرت هيئة الاستثمار`، `وقال مكتب التحقيقات الفيدرالي`، `وفقا لوكالة الأنباء
/// الإماراتية`), or a name in bare words right before what is said (`وذكرت صحيفة نيو تايمز
/// أن`). The genitive may name an act (`التحقيقات`، `الإغاثة`); neither is a relative pronoun
/// (`حزب العمال الذي`).
fn body_after(doc: &Doc, at: usize, glued: usize, limit: usize) -> Option<(Speaker, usize)> {
    let genitive = at + 1;
    let plain = |t: usize| {
        t < limit
            && doc.key(t).starts_with("ال")
            && doc.mention_at(t).is_none()
            && !is_function_word(doc.key(t))
    };
    // `شركة أبحاث السوق`، `شركة أبل الأمريكية`: a bare noun may stand before the definite one.
    let bare = |t: usize| {
        let key = doc.key(t);
        t < limit
            && !key.is_empty()
            && doc.mention_at(t).is_none()
            && doc.cue_at(t).is_none()
            && !is_function_word(key)
    };
    let genitive = if plain(genitive) {
        genitive
    } else if bare(genitive) && plain(genitive + 1) {
        genitive + 1
    } else {
        // `وذكرت صحيفة نيو تايمز أن`، `وقالت وكالة سبوتنيك إن`: a name no lexicon knows, in
        // bare words, right before what is said.
        let name = |t: usize| bare(t) && !doc.key(t).starts_with("ال") && !doc.raw(t).ends_with('ة');
        let end = (genitive..limit.min(genitive + NAME_WORDS)).find(|&t| !name(t)).unwrap_or(limit);
        let said = end > genitive && (opens_saying(doc, end, limit) || setting_then_saying(doc, end, limit));
        return said
            .then(|| (Speaker::Unnamed(doc.tokens[at].start + glued, doc.tokens[end - 1].end), end - 1));
    };
    // An adjective of relation (`الفيدرالي`، `الإسرائيلية`), not the verb's object
    // (`واتهمت إدارة الموقع السلطات`).
    let adjective = genitive + 1;
    let key = doc.key(adjective);
    let relation = key.ends_with('ي') || key.ends_with("يه");
    let last =
        if plain(adjective) && relation && doc.cue_at(adjective).is_none() { adjective } else { genitive };
    Some((Speaker::Unnamed(doc.tokens[at].start + glued, doc.tokens[last].end), last))
}

/// A name no lexicon knows right after a verb of saying that opens its clause, set off by
/// what opens the saying (`وقال كلوب: إنهم`، `وأوضح كولومب أنه`، `وقال سميث، طبيب النساء،
/// إن`): one to three bare words, none definite, accusative (`أيضا`، `مجددا`), in ة (`مرة`،
/// `صحة`), a pronoun or a reflexive (`إياه`، `بنفسه`), a function, title or cue word, or
/// named. The name is matched to a person named before whose name ends with it (`وقالت رود`
/// after `أمبر رود`); else its text is the speaker. The saying may also open after the
/// statement's setting (`وقال رونالدينيو في مقابلة مع "في المرمى":`، [`setting_then_saying`]).
/// Not after a participle or a noun (`النادي المضيف فقط،`), a passive (`اتُهم سجناء`) or a
/// verb in the first person, nor before anything else (`قاله أوغلو حول`: the words may be the
/// verb's object).
fn unknown_name_after(doc: &Doc, found: &CueMatch, limit: usize) -> Option<(Speaker, usize)> {
    let opens_clause = found.proclitics.conjunction
        || doc
            .sentence_of(found.first_token)
            .and_then(|s| doc.sentences.get(s))
            .is_some_and(|s| s.start == found.first_token)
        || found
            .first_token
            .checked_sub(1)
            .is_some_and(|t| matches!(doc.raw(t), "،" | "," | "." | ":" | "؛"));
    // `…، كما يقول موتلو سيفير أوغلو، المحلل`، `وفق ما يرى X`: said after what was said.
    let trailing = follows_what_was_said(doc, found.first_token);
    let opens_clause = opens_clause || trailing;
    let third_person = doc.cue_entries(found).any(|cue| match cue.class {
        WordClass::Past => true,
        WordClass::Present => doc.after_conjunction(found).starts_with(['ي', 'ت']),
        _ => false,
    });
    // `اتُهم سجناء في الولايات المتحدة بابتزاز`: a passive's subject is the one accused.
    if !opens_clause || !third_person || crate::events::written_passive(doc, found) {
        return None;
    }
    let first = found.last_token + 1;
    let is_name_word = |t: usize| {
        let key = doc.key(t);
        key.chars().count() >= 3
            && !key.starts_with("ال")
            && !key.starts_with("لل")
            // A first word in ا is an adverb more often than a name (`وقال أيضا`); after a
            // name word it may end a name (`شيجيكي تومويلما`) unless it is a listed adverb, a
            // participle of manner (`مستذكرا`، `متسائلا`) or a noun with its pronoun
            // (`استقالتها`).
            && (t > first || !key.ends_with('ا'))
            && !(key.ends_with('ا') && (key.starts_with("مست") || key.starts_with("مت") || key.ends_with("ها")))
            && !crate::args::is_adverb(doc.raw(t))
            && !doc.raw(t).ends_with('ة')
            && !key.starts_with("ايا")
            && !key.contains("نفس")
            && !is_function_word(key)
            && !is_title_word(key)
            && !is_adverb_word(key)
            && !is_subject_pronoun(key.strip_prefix('و').unwrap_or(key))
            && !is_said_to(key)
            && !is_noun_after_lam(doc, t)
            && doc.mention_at(t).is_none()
            && doc.cue_at(t).is_none()
            && !matches!(key, "كان" | "كانت" | "كانوا" | "يكون" | "تكون")
            && !opens_setting(key)
    };
    let mut at = first;
    while at < limit && at - first < NAME_WORDS && is_name_word(at) {
        at += 1;
    }
    // `وقالت جميلة "…"`، `وأضافت ملالا خلال كلمتها`: the first name of a person named before
    // is that person, even a word no bare name would be (in ة or ا).
    if at == first {
        let person = (doc.mention_at(first).is_none() && doc.cue_at(first).is_none())
            .then(|| person_named_before(doc, doc.key(first), found.first_token, NamePart::First))??;
        let from = said_from(doc, first + 1, limit);
        let said = opens_saying(doc, from, limit) || setting_then_saying(doc, from, limit);
        return said.then_some((Speaker::Mentions(vec![person]), first));
    }
    let said_from = said_from(doc, at, limit);
    // Before a setting, a last word with a pronoun is the verb's object, not a name's end
    // (`ووصف مايرز زميله في بيان بأنه`); right before what is said it may be one (`سوليه`).
    // Said after what was said, the name ends the sentence or is set off by a comma.
    let ends_trailing = trailing && (at >= limit || doc.is_comma(at) || doc.raw(at) == ".");
    let end = match opens_saying(doc, said_from, limit) || ends_trailing {
        true => at,
        false if setting_then_saying(doc, said_from, limit) => {
            let object = at - first > 1 && ends_in_object_pronoun(doc.raw(at - 1));
            at - usize::from(object)
        }
        false => return None,
    };
    let named_before = (end - first == 1)
        .then(|| person_named_before(doc, doc.key(first), found.first_token, NamePart::Last))
        .flatten();
    Some(match named_before {
        Some(person) => (Speaker::Mentions(vec![person]), end - 1),
        None => (Speaker::Unnamed(doc.tokens[first].start, doc.tokens[end - 1].end), end - 1),
    })
}

/// Whether a cue at token `cue` follows what was said: after `كما` (`كما يقول`) or after
/// `ما` with a particle of attribution (`وفق ما يرى`، `بحسب ما قال`).
fn follows_what_was_said(doc: &Doc, cue: usize) -> bool {
    cue.checked_sub(1).is_some_and(|t| doc.key(t) == "كما") || attributes_what_was_said(doc, cue)
}

/// Whether a cue at token `cue` follows `ما` after a particle of attribution (`وفق ما يرى`،
/// `بحسب ما قال`، `حسب ما أضاف`).
fn attributes_what_was_said(doc: &Doc, cue: usize) -> bool {
    let before = |back: usize| cue.checked_sub(back).map_or("", |t| doc.key(t));
    let particle = before(2);
    let particle = particle.strip_prefix('و').unwrap_or(particle);
    before(1) == "ما" && matches!(particle, "وفق" | "حسب" | "بحسب" | "وفقا" | "طبقا")
}

/// Whether token `at` (before `limit`) opens what is said: a colon, a comma, a complementizer
/// (`إن`، `أن`) or an opening quote (`وأكد جيا كرد "يمكن`), not one around a name (`ادعى
/// تنظيم "داعش"`).
fn opens_saying(doc: &Doc, at: usize, limit: usize) -> bool {
    at < limit && (doc.is_comma(at) || says_from(doc, at))
}

/// Whether a word (as written) ends in ه after at least three letters, as a noun with its
/// pronoun does (`رحلته`، `زميله`), and is no name in الله (`عبدالله`).
fn ends_in_object_pronoun(raw: &str) -> bool {
    raw.ends_with('ه') && !raw.ends_with("الله") && raw.chars().count() >= 4
}

/// How many tokens the setting of a statement may take between the speaker's name and what
/// is said (`وقال عباس في مستهل اجتماع للقيادة الفلسطينية في رام الله إن`).
const SETTING_REACH: usize = 12;

/// Whether token `at` opens the setting of a statement, where, when or to whom it was made
/// (`في مقابلة مع`، `خلال كلمتها`، `للصحافيين`، `يوم الأحد`), that runs on to what is said:
/// a complementizer, a colon or an opening quote, with no other verb of saying between
/// (`وقال رونالدينيو في مقابلة مع "في المرمى": سمعت`). The words before it are then the
/// speaker's name, not the verb's object, which a setting does not follow so.
fn setting_then_saying(doc: &Doc, at: usize, limit: usize) -> bool {
    let key = doc.key(at);
    let starts = |m: usize| doc.first_token_of(m) == Some(at);
    // `وقال بوار لبي بي سي "…"`: said to a body named with ل glued to it.
    let said_to_named =
        key.starts_with('ل') && doc.mention_at(at).is_some_and(|m| doc.is_actor(m) && starts(m));
    let opens = opens_setting(key)
        || is_said_to(key)
        || said_to_named
        || doc.mention_at(at).is_some_and(|m| doc.is_date(m) && starts(m));
    if !opens {
        return false;
    }
    let end = limit.min(at + 1 + SETTING_REACH);
    for t in at + 1..end {
        if says_from(doc, t) || (doc.is_comma(t) && says_from(doc, t + 1)) {
            return true;
        }
        if is_verb_of_saying(doc, t) {
            return false;
        }
    }
    false
}

/// Words (folded) that open where or when a statement was made: no name's.
fn opens_setting(key: &str) -> bool {
    matches!(key, "في" | "خلال" | "عبر" | "امام" | "اثناء" | "لدي" | "يوم" | "عقب" | "اثر")
}

/// Whether what is said starts at token `at`: a complementizer, a colon or an opening quote
/// that wraps no name.
fn says_from(doc: &Doc, at: usize) -> bool {
    is_complementizer(doc.key(at)) || doc.raw(at) == ":" || (doc.quotes_only(at) && !doc.wraps_a_name(at))
}

/// Whether token `at` is a verb of saying (a claim cue in the perfect or the imperfect).
fn is_verb_of_saying(doc: &Doc, at: usize) -> bool {
    crate::args::is_reporting_cue(doc, at) && doc.cue_match_at(at).is_some_and(|found| doc.may_be_verb(found))
}

/// `وقالت منظمة "السلام الآن" إن`، `وقال موقع "ديفينس وان" الإخباري المتخصص`: a body, its
/// head noun (`منظمة`، `موقع`، `صحيفة`) before its name in quotes, right after a verb of
/// saying: the name if the lexicon knows it, else the head and the quoted words.
fn quoted_body_after(doc: &Doc, found: &CueMatch, limit: usize) -> Option<(Speaker, usize)> {
    let head = found.last_token + 1;
    if !is_body_head(doc.key(head)) {
        return None;
    }
    // `وكالة أنباء "فارس"`، `شبكة تلفزيون "سي إن إن"`: one bare noun may complete the head.
    let open = match doc.quotes_only(head + 1) {
        true => head + 1,
        false if !doc.key(head + 1).is_empty() && doc.quotes_only(head + 2) => head + 2,
        false => return None,
    };
    let close = (open + 2..limit.min(open + 2 + QUOTED_NAME_WORDS)).find(|&t| doc.quotes_only(t))?;
    if (open + 1..close).any(|t| doc.key(t).is_empty()) {
        return None;
    }
    // A name the lexicon knows in the quotes is the speaker (`ادعى تنظيم "داعش"`).
    let known =
        doc.mention_at(open + 1).filter(|&m| doc.last_token_of(m) == Some(close - 1) && doc.is_actor(m));
    Some(match known {
        Some(m) => (Speaker::Mentions(vec![m]), close),
        None if (open + 1..close).all(|t| doc.mention_at(t).is_none()) => {
            (Speaker::Unnamed(doc.tokens[head].start, doc.tokens[close].end), close)
        }
        None => return None,
    })
}

/// Head nouns (folded) of a body or an outlet whose name follows, in quotes (`موقع
/// "إنترسيبت"`، `صحيفة "ديلي ميل"`، `بنك "مورغان ستانلي"`) or as a definite genitive (`شركة
/// الطيران`، `لجنة التحقيق`), besides the organizations'.
const BODY_HEADS: &[&str] = &[
    "موقع",
    "صحيفه",
    "قناه",
    "وكاله",
    "مجله",
    "اذاعه",
    "شبكه",
    "شركه",
    "بنك",
    "قصر",
    "مركز",
    "معهد",
    "مجموعه",
    "لجنه",
    "مجلس",
    "محكمه",
    "جمعيه",
    "نقابه",
    "اتحاد",
    "مكتب",
    "اداره",
    "دايره",
    "مديريه",
    "موسسه",
    "وزاره",
    "سلطات",
    "قياده",
    "رابطه",
    "بعثه",
    "جامعه",
    "مستشفي",
    "راديو",
    "تلفزيون",
    "برنامج",
    "محطه",
];

/// Whether a folded word heads the name of a body ([`BODY_HEADS`] or an organization's).
fn is_body_head(key: &str) -> bool {
    BODY_HEADS.contains(&key) || crate::grammar::is_organization_head(key)
}

/// Where what is said may start after an unknown name ending before token `at`: there, or
/// past an adverb (`وقال كلوب أيضا إن`) unless a comma follows it and closes a phrase
/// (`غيرتهم منه،`).
fn said_from(doc: &Doc, at: usize, limit: usize) -> usize {
    let past_adverbs = (at..limit.min(at + 2)).find(|&t| !is_adverb_word(doc.key(t))).unwrap_or(at);
    match past_adverbs > at && doc.is_comma(past_adverbs) {
        true => at,
        false => past_adverbs,
    }
}

/// Which word of a person's name a later mention repeats.
#[derive(Clone, Copy)]
enum NamePart {
    First,
    Last,
}

/// The last person named before token `before` whose name has more than one word and starts
/// or ends with the word `key` (folded): `أمبر رود` for a later `رود`, `جميلة جميل` for a
/// later `جميلة`.
fn person_named_before(doc: &Doc, key: &str, before: usize, part: NamePart) -> Option<usize> {
    (0..doc.mentions.len()).rev().find(|&m| {
        let (Some(first), Some(last)) = (doc.first_token_of(m), doc.last_token_of(m)) else { return false };
        let word = match part {
            NamePart::First => first,
            NamePart::Last => last,
        };
        last < before && first < last && doc.is_person(m) && doc.key(word) == key
    })
}

/// Words of time and prepositions with a pronoun that stand after a verb of saying
/// (`وقال حينها:`، `وقال عنه`), and adverbs in ا written without their tanween (`وقال كلوب
/// أيضا`، `مازحا`), folded: no name.
fn is_adverb_word(key: &str) -> bool {
    crate::grammar::is_pronoun_preposition(key)
        || ALIF_ADVERBS.contains(&key)
        || matches!(
            key,
            "حينها"
                | "حينذاك"
                | "انذاك"
                | "حينيذ"
                | "وقتها"
                | "يومها"
                | "عندها"
                | "بدوره"
                | "بدورها"
        )
}

/// Adverbs in ا that follow a verb of saying or its subject (folded, without tanween).
const ALIF_ADVERBS: &[&str] = &[
    "ايضا",
    "مجددا",
    "لاحقا",
    "سابقا",
    "حاليا",
    "موخرا",
    "مازحا",
    "ضاحكا",
    "رسميا",
    "علنا",
    "مرارا",
    "تحديدا",
    "خصوصا",
    "اخيرا",
    "فعلا",
    "حقا",
    "طبعا",
    "اولا",
    "ثانيا",
    "شخصيا",
    "هاتفيا",
    "عمليا",
    "نهاييا",
    "جزييا",
    "كليا",
    "يوميا",
    "صباحا",
    "ليلا",
    "نهارا",
    "غدا",
    "ابدا",
    "دايما",
    "جدا",
    "معا",
    "مسبقا",
    "كتابيا",
];

/// True for a body or an office after a glued ل (`لموقع`، `لوكالة`، `للصحفيين`): whom
/// something is said to. Not a head that starts with ل itself (`لجنة`).
fn is_said_to(key: &str) -> bool {
    let addressee = |rest: &str| is_body_head(rest) || is_speaker_head(rest) || rest.starts_with('ل');
    key.strip_prefix('ل').is_some_and(addressee) && !is_body_head(key)
}

fn is_function_word(key: &str) -> bool {
    // Conjunctions (`أو بأي تنظيم` names no one) and quantifiers (`نفى الوزير أي علاقة`).
    matches!(key, "او" | "ام" | "ثم" | "بل" | "لكن" | "اي" | "ايه")
        || is_relative_pronoun(key)
        || is_complementizer(key)
        || is_preposition(key)
        || is_time_word(key)
        || is_anaphor(key)
        || is_demonstrative(key)
        || key.is_empty()
}

/// A person mention within a few tokens after `after` (a comma and a rank may stand
/// between), in the same sentence.
pub(crate) fn person_after(doc: &Doc, after: usize) -> Option<usize> {
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
    // A source noun right before the verb is its subject, whatever actor stands further back
    // (`قوات سوريا الديمقراطية، وسط معلومات تؤكد أن`).
    if let Some(source) = noun_speaker_before(doc, cue_start, sentence_start) {
        return Some(source);
    }
    match subject_before(doc, cue_start, sentence_start) {
        Before::Actors(group) => Some((Speaker::Mentions(group), cue_start)),
        Before::Pronoun | Before::None => {
            let listed = (sentence_start..cue_start).rev().find_map(|t| unnamed_source_at(doc, t));
            match listed {
                Some(source) if source.last_token + 3 >= cue_start => {
                    Some((Speaker::Unnamed(source.start, source.end), cue_start))
                }
                _ => None,
            }
        }
    }
}

/// Nouns that head an unnamed speaker standing before its verb (`المصادر السورية أكدت`).
const SOURCE_HEADS: &[&str] = &[
    "المصادر",
    "المصدر",
    "الاوساط",
    "الناشطون",
    "الاهالي",
    "السكان",
    "الشهود",
    "المسوولون",
    "الخبراء",
    "المراقبون",
    "المحللون",
];

/// Indefinite nouns of information that speak as a source right before their verb
/// (`معلومات تؤكد`، `تقارير تفيد`، `أنباء تتحدث`).
const INFORMATION_NOUNS: &[&str] = &["معلومات", "تقارير", "انباء", "مصادر", "اخبار"];

/// How many words an unnamed speaker before its verb may take: a head and its adjectives.
const SOURCE_WORDS: usize = 3;

/// An unnamed speaker no list holds, opening its clause right before the verb, a comma
/// between or not: a source head and definite adjectives (`المصادر السورية، كررت`).
fn noun_speaker_before(doc: &Doc, cue_start: usize, sentence_start: usize) -> Option<(Speaker, usize)> {
    let mut last = cue_start.checked_sub(1)?;
    if matches!(doc.raw(last), "،" | ",") {
        last = last.checked_sub(1)?;
    }
    let plain =
        |t: usize| doc.key(t).starts_with("ال") && doc.mention_at(t).is_none() && doc.cue_at(t).is_none();
    if last + 1 == cue_start && INFORMATION_NOUNS.contains(&doc.key(last)) && doc.mention_at(last).is_none() {
        return Some((Speaker::Unnamed(doc.tokens[last].start, doc.tokens[last].end), cue_start));
    }
    let floor = sentence_start.max(last.saturating_sub(SOURCE_WORDS - 1));
    let first = (floor..=last).rev().take_while(|&t| t >= sentence_start && plain(t)).last()?;
    let opens_clause = first == sentence_start || doc.clause_of(first).start == first;
    let head = doc.key(first);
    let head = head.strip_prefix('و').filter(|rest| rest.starts_with("ال")).unwrap_or(head);
    let names_a_speaker =
        SOURCE_HEADS.contains(&head) || head.strip_prefix("ال").is_some_and(is_speaker_head);
    (opens_clause && names_a_speaker)
        .then(|| (Speaker::Unnamed(doc.tokens[first].start, doc.tokens[last].end), cue_start))
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_listed_word_is_written_as_its_folded_key() {
        crate::grammar::assert_all_folded(&[
            ("RENEWAL_VERBS", RENEWAL_VERBS),
            ("PROMPTING_FORMS", PROMPTING_FORMS),
            ("TOPIC_PREPOSITIONS", TOPIC_PREPOSITIONS),
            ("NOT_ACCUSERS", NOT_ACCUSERS),
            ("OWNER_PRONOUNS", OWNER_PRONOUNS),
            ("SOURCE_HEADS", SOURCE_HEADS),
            ("INFORMATION_NOUNS", INFORMATION_NOUNS),
            ("PLURALS_OF_THINGS", PLURALS_OF_THINGS),
            ("BODY_HEADS", BODY_HEADS),
            ("LAM_WORDS", LAM_WORDS),
            ("RULE_NOUNS", RULE_NOUNS),
            ("IDIOM_OBJECTS", IDIOM_OBJECTS),
            ("ALIF_ADVERBS", ALIF_ADVERBS),
        ]);
    }
}
