//! Finding who: the actor mentions standing as a verb's subject, after a preposition, or
//! coordinated with another (`الجيش السوري وحلفاؤه`, `روسيا وإيران`). Shared by the event and
//! claim extractors, so a subject is found one way for both.

use std::collections::HashMap;
use std::sync::OnceLock;

use marsad_lexicon::cues::CueRole;
use marsad_lexicon::CueMatch;
use marsad_lexicon::Lexicon;
use marsad_model::MentionInfo;
use marsad_text::fold::{fold_key, fold_key_into};
use marsad_text::hash::KeyMap;

use crate::doc::Doc;
use crate::grammar::{
    anaphor_types, glued_anaphoric_noun, head_of_anaphor, is_complementizer, is_force_head,
    is_organization_head, is_preposition, is_pronoun_complementizer, is_pronoun_preposition, is_time_word,
    names_another_group, NAMED_BY_HEAD,
};

/// How far back a subject is looked for, in tokens.
const SUBJECT_LOOKBACK: usize = 16;
/// Tokens that may stand between a verb and its subject (time words, dates, a comma).
const SUBJECT_GAP: usize = 3;

/// A subject found before a verb.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Before {
    /// Actor mentions (one, or coordinated ones).
    Actors(Vec<usize>),
    /// No name, but a complementizer with a pronoun (`أنها`) that stands for the speaker.
    Pronoun,
    None,
}

/// The actor mention starting at token `at`, with the ones coordinated after it.
pub(crate) fn actor_group_at(doc: &Doc, at: usize) -> Option<Vec<usize>> {
    let mention = doc.mention_at(at)?;
    (doc.is_actor(mention) && doc.first_token_of(mention) == Some(at)).then(|| coordinated(doc, mention))
}

/// A mention and the actors joined to it by و (`روسيا وإيران`, `قسد والتحالف`); after a
/// state acting, other states too (`روسيا وإيران أعلنتا`).
pub(crate) fn coordinated(doc: &Doc, mention: usize) -> Vec<usize> {
    let states = doc.stands_for_state(mention);
    let joins = |m: usize| doc.is_actor(m) || (states && doc.stands_for_state(m));
    let mut group = vec![mention];
    let mut last = mention;
    while let Some(end) = doc.last_token_of(last) {
        let next = end + 1;
        let Some(other) = doc.mention_at(next) else { break };
        let joined = doc.raw(next).starts_with('و') && doc.first_token_of(other) == Some(next);
        if !joined || !joins(other) || group.contains(&other) {
            break;
        }
        group.push(other);
        last = other;
    }
    group
}

/// The actors, or states acting, whose names end right before the verb at token `verb` (or
/// its قد) and follow no preposition (`وكانت دمشق اتهمت التحالف`، `موسكو وطهران أعلنتا`): its subject
/// (SVO), all the conjuncts from the first. A later conjunct is where the first is: after a
/// preposition or a backing word (`القوات المدعومة من السعودية والإمارات أعلنت`) none is.
pub(crate) fn subject_right_before(doc: &Doc, verb: usize) -> Option<Vec<usize>> {
    // `كان أردوغان قد دعا الأتراك`: the particle of the past perfect stands between.
    let particle = verb.checked_sub(1).is_some_and(|t| doc.key(t) == "قد");
    let before = verb.checked_sub(1 + usize::from(particle))?;
    // A verb after و or ف goes on from the one before it, with its subject.
    let goes_on = || doc.cue_match_at(verb).is_some_and(|found| found.proclitics.conjunction);
    let mention = match doc.mention_at(before) {
        Some(mention) => mention,
        None if !goes_on() => person_set_off_before(doc, before)?,
        None => return None,
    };
    let acts = doc.is_actor(mention) || doc.stands_for_state(mention);
    let first = first_conjunct(doc, mention);
    let in_a_phrase =
        doc.after_preposition(mention) || doc.after_preposition(first) || doc.is_backer(mention);
    // `والمليشيات التي تدعمها إيران قد انسحبوا`: before قد, a name right after a verb is that
    // verb's subject.
    let after_verb = || {
        let verb = doc.first_token_of(first).and_then(|t| t.checked_sub(1)).and_then(|t| doc.cue_match_at(t));
        verb.is_some_and(|found| doc.may_be_verb(found))
    };
    (acts && !in_a_phrase && !(particle && after_verb())).then(|| coordinated(doc, first))
}

/// `وزير الخارجية الموريتاني، إسماعيل ولد الشيخ أحمد، استقبل`، `وكانت رئيسة الوزراء، تيريزا
/// ماي، استقبلت`: a person named between two commas, the second at token `comma`, names the
/// office before it in apposition — the subject of the verb after the comma, when the office
/// opens its clause: at the sentence's start, after a complementizer or a form of كان. After
/// another verb (`وأكد الرئيس الفرنسي، إيمانويل ماكرون، تدخل الجيش`) the office is that
/// verb's subject, and what follows the comma its object.
fn person_set_off_before(doc: &Doc, comma: usize) -> Option<usize> {
    if !doc.is_comma(comma) {
        return None;
    }
    let person = doc.mention_at(comma.checked_sub(1)?).filter(|&m| doc.is_person(m))?;
    let opening = doc.first_token_of(person)?.checked_sub(1).filter(|&t| doc.is_comma(t))?;
    let sentence_start = doc.sentence_of(opening).and_then(|s| doc.sentences.get(s)).map_or(0, |s| s.start);
    let in_office = |t: usize| {
        doc.mention_at(t).is_some_and(|m| !doc.is_person(m)) || crate::claims::is_office_word(doc.key(t))
    };
    let mut start = opening;
    while start > sentence_start && opening - start < OFFICE_WORDS && in_office(start - 1) {
        start -= 1;
    }
    if start == opening {
        return None;
    }
    let before = start.checked_sub(1).filter(|&t| t >= sentence_start).map(|t| doc.key(t));
    let opens_clause = before.is_none_or(|key| {
        is_complementizer(key) || matches!(key.strip_prefix(['و', 'ف']).unwrap_or(key), "كان" | "كانت")
    });
    opens_clause.then_some(person)
}

/// The first of the actors (or states acting) joined by و that a mention ends (`روسيا وإيران`
/// for `إيران`): the mention itself when it is joined to none before it.
pub(crate) fn first_conjunct(doc: &Doc, mention: usize) -> usize {
    let acts = |m: usize| doc.is_actor(m) || doc.stands_for_state(m);
    let mut head = mention;
    while let Some(first) = doc.first_token_of(head) {
        let before = first.checked_sub(1).and_then(|at| doc.mention_at(at));
        let joined = doc.glued_conjunction(head) == Some('و') && doc.glued_preposition(head).is_none();
        match before {
            Some(other) if joined && other != head && acts(other) && acts(head) => head = other,
            _ => break,
        }
    }
    head
}

/// Whether the word ending at token `verb_end` names an act of force or coercion.
pub(crate) fn verb_of_force(doc: &Doc, verb_end: usize) -> bool {
    doc.cue_match_at(verb_end)
        .and_then(|found| crate::events::act_type_of(doc, found))
        .is_some_and(|event_type| matches!(event_type, "ASSAULT" | "COERCE"))
}

/// The subject right after a verb whose last token is `verb_end`: an actor mention after at
/// most a few time words, dates or commas, and not after a preposition.
pub(crate) fn subject_after(doc: &Doc, verb_end: usize, limit: usize) -> Option<Vec<usize>> {
    let mut at = verb_end + 1;
    // `نفى كل من التحالف ووزارة الدفاع`: "each of" before coordinated subjects.
    let mut each_of = false;
    // Past a force's men (`وحدات من الجيش`، `الأبطال في القوات الجوية`) the name after من or في
    // is the force itself.
    let mut of_its_men = false;
    for _ in 0..=SUBJECT_GAP {
        if at >= limit {
            return None;
        }
        if let Some(mention) = doc.mention_at(at) {
            // `دعت كل من الولايات المتحدة وبريطانيا`: after "each of" states act by their names.
            if doc.is_actor(mention) || (each_of && doc.stands_for_state(mention)) {
                let subject = each_of || of_its_men || !doc.after_preposition(mention);
                return subject.then(|| coordinated(doc, mention));
            }
            // `أنكر مسؤولان روسيان من الكرملين`: two counted by a dual speak for the body they
            // are of (not after a verb of force, whose dual is mostly its victims).
            if doc.is_dual_count(at) && !verb_of_force(doc, verb_end) {
                let side = side_after_count(doc, at);
                let body =
                    doc.mention_at(side).filter(|&m| doc.is_actor(m) && doc.first_token_of(m) == Some(side));
                return body.filter(|_| side < limit).map(|m| coordinated(doc, m));
            }
            if !doc.is_date(mention) {
                return None;
            }
            at = doc.last_token_of(mention).unwrap_or(at) + 1;
            continue;
        }
        if let Some(antecedent) = antecedent_of(doc, at) {
            return Some(vec![antecedent]);
        }
        if let Some(person) = person_after_office(doc, at, limit) {
            return Some(coordinated(doc, person));
        }
        if !each_of && doc.key(at) == "كل" && doc.key(at + 1) == "من" {
            each_of = true;
            at += 2;
            continue;
        }
        // `شنتها طائرات التحالف`، `سيطرت وحدات من الجيش`، `تمكن الأبطال في القوات الجوية`: the
        // force whose aircraft or men act is the subject.
        let of_force = if matches!(doc.key(at + 1), "من" | "في") { at + 2 } else { at + 1 };
        if is_force_head(doc.key(at)) && doc.mention_at(of_force).is_some_and(|m| doc.is_actor(m)) {
            of_its_men = of_force == at + 2;
            at = of_force;
            continue;
        }
        // `وأدانت منظمة "هيومن رايتس ووتش"`: the body named in quotes after its head noun (the
        // quotes break the clause, so the name may stand past `limit`).
        if let Some(named) = quoted_after_head(doc, at) {
            return Some(coordinated(doc, named));
        }
        // `شنت طائرات الأباتشي التابعة للتحالف العربي`: the side named forces belong to.
        if let Some(owner) = owner_of_forces_at(doc, at, limit).filter(|&m| doc.is_actor(m)) {
            return Some(coordinated(doc, owner));
        }
        // `دعا أعضاء في مجلس الشيوخ`، `طالب نواب من البرلمان`: the body whose members act —
        // not after a verb of force, mostly passive there (`قتل مسؤولون في الحكومة`).
        let member_of = crate::grammar::is_member_head(doc.key(at)) && matches!(doc.key(at + 1), "في" | "من");
        let body = doc.mention_at(at + 2).filter(|&m| member_of && doc.is_actor(m));
        if let Some(body) = body.filter(|_| !verb_of_force(doc, verb_end)) {
            // `مسؤول في مجلس الرقة المدني، د. أحمد الحسن،`: the member named after a comma (not
            // one of them, `بمن فيهم الرئيس`).
            let after = doc.last_token_of(body)? + 1;
            let apposition = doc.is_comma(after) && !matches!(doc.key(after + 1), "بمن" | "بما");
            let named = apposition.then(|| crate::claims::person_after(doc, after)).flatten();
            return Some(coordinated(doc, named.unwrap_or(body)));
        }
        let filler =
            is_time_word(doc.key(at)) || is_pronoun_preposition(doc.key(at)) || is_adverb(doc.raw(at));
        if !(filler || doc.raw(at) == "،" || doc.raw(at) == ",") {
            return None;
        }
        at += 1;
    }
    None
}

/// The actor named in quotes right after an organisation's head noun at `at` (`منظمة
/// "هيومن رايتس ووتش"`، `حركة "حماس"`).
fn quoted_after_head(doc: &Doc, at: usize) -> Option<usize> {
    // Opened by the quote, not wrapped whole (`منظمة "أوكسفام أمريكا"` names أوكسفام).
    let quoted = is_organization_head(doc.key(at)) && doc.quotes_only(at + 1);
    let name = at + 2;
    doc.mention_at(name).filter(|&m| quoted && doc.is_actor(m) && doc.first_token_of(m) == Some(name))
}

/// `لقي 18 من قوات النظام مصرعهم`، `قتل 5 جنود من الجيش العراقي`: the side a count right
/// after a verb is of, when the count (`18`، `5 جنود`، `ثلاثة من عناصر`) is followed by the
/// actor it is counted from, after من or at once ([`side_after_count`]).
pub(crate) fn counted_side_after(doc: &Doc, verb_end: usize, limit: usize) -> Option<Vec<usize>> {
    let count = verb_end + 1;
    let quantity = doc.mention_at(count).filter(|_| doc.counts_at(count))?;
    let side = side_after_count(doc, doc.last_token_of(quantity)?);
    let mention = doc.mention_at(side).filter(|&m| side < limit && doc.is_actor(m))?;
    (doc.first_token_of(mention) == Some(side)).then(|| coordinated(doc, mention))
}

/// How many adjectives may follow a count before the side it is counted from (`قياديان
/// بارزان في`).
const COUNT_ADJECTIVES: usize = 2;

/// The token where the side a count ending at `count_end` is counted from would start: past
/// up to [`COUNT_ADJECTIVES`] adjectives agreeing with a dual or a plural (`قياديان بارزان`،
/// `ثلاثة عناصر آخرين`), then past `من` (`18 من قوات النظام`) or the `في` of membership
/// (`قيادي في حزب الله`: a named force after it is the one the counted belong to).
pub(crate) fn side_after_count(doc: &Doc, count_end: usize) -> usize {
    let mut side = count_end + 1;
    while side <= count_end + COUNT_ADJECTIVES && is_count_adjective(doc, side) {
        side += 1;
    }
    if matches!(doc.key(side), "من" | "في") {
        side += 1;
    }
    side
}

/// A plain word with the ending of a dual or a sound plural (`بارزان`، `آخرين`): an
/// adjective of the people a count before it counts.
pub(crate) fn is_count_adjective(doc: &Doc, at: usize) -> bool {
    let key = doc.key(at);
    let agrees =
        ["ان", "ين", "ون"].iter().any(|ending| key.len() > ending.len() + 2 && key.ends_with(ending));
    agrees && doc.mention_at(at).is_none() && doc.cue_at(at).is_none()
}

/// How many commas, dates and time words may stand between a name and what follows it
/// (`حررت قوات الشرعية اليمنية، الجمعة، بإسناد`).
const GROUP_GAP: usize = 4;

/// The actors (or a state) named right before token `at` in a sentence starting at `sentence_start`, past
/// commas, dates and time words: the group that ends there, with the actors coordinated to
/// it before (`ويخوض الجيش اليمني والمقاومة الشعبية، بدعم من`).
pub(crate) fn group_right_before(doc: &Doc, at: usize, sentence_start: usize) -> Option<Vec<usize>> {
    let mut before = at;
    for _ in 0..=GROUP_GAP {
        before = before.checked_sub(1).filter(|&t| t >= sentence_start)?;
        let Some(mention) = doc.mention_at(before) else {
            if doc.is_comma(before) || is_time_word(doc.key(before)) {
                continue;
            }
            return None;
        };
        // A state acts by its name, not where it is a place (`استقدمتهم إلى فرنسا بدعم من`).
        if doc.is_actor(mention) || (doc.stands_for_state(mention) && !doc.after_preposition(mention)) {
            return Some(coordinated(doc, first_of_coordination(doc, mention)));
        }
        if !doc.is_date(mention) {
            return None;
        }
        before = doc.first_token_of(mention)?;
    }
    None
}

/// The first actor of the coordination a mention ends (`الجيش اليمني والمقاومة`).
fn first_of_coordination(doc: &Doc, mut mention: usize) -> usize {
    while let Some(first) = doc.first_token_of(mention).filter(|&t| t > 0 && doc.raw(t).starts_with('و')) {
        match doc.mention_at(first - 1).filter(|&m| doc.is_actor(m) && m != mention) {
            Some(previous) => mention = previous,
            None => break,
        }
    }
    mention
}

/// How many words an office before a person's name may take (`ولي العهد السعودي الأمير`).
const OFFICE_WORDS: usize = 5;

/// `التقى الرئيس الأميركي دونالد ترمب`، `اجتمع ولي العهد السعودي الأمير محمد بن سلمان`،
/// `التقى الرئيس الأمريكي، دونالد ترامب،`: the person named right after an office (a title,
/// then its adjectives, genitives and further titles), or set off from it by a comma, is the
/// one who acts. The comma may stand past `limit`, the clause's end it makes.
fn person_after_office(doc: &Doc, at: usize, limit: usize) -> Option<usize> {
    let end = limit.min(at + OFFICE_WORDS + 1);
    // Only a name in reach can be the person: without one (most words after a verb) the
    // answer is none, told by a few loads before the title's look-ups (8,600 calls a run).
    let named_in_reach = (at..end).any(|word| doc.mention_at(word).is_some());
    if !(named_in_reach || doc.is_comma(end)) || !crate::claims::opens_with_title(doc, at) {
        return None;
    }
    let after = office_end(doc, at, end);
    if after == end && !doc.is_comma(end) {
        return None;
    }
    holder_named_at(doc, past_posting(doc, after, limit))
}

/// `أدان الأمين العام للأمم المتحدة الهجوم`، `هدد قائد الحرس الثوري الإيراني إسرائيل`، `أدان
/// رئيس الحزب الديمقراطي الكردستاني، مسعود بارزاني،`: an office opening at `at` that names
/// the body it is of acts: the person named right after it (at once or set off by a comma),
/// or else the body itself. The body is the office's genitive, right after its title words,
/// or named after ل; adjectives of the body may follow it. Followed by a comma and no person
/// the lexicon knows (`وزيرة الدفاع الفرنسية، فلورنس بارلي،`), or by a word that may be a
/// name, the office is held by someone unnamed here: none.
pub(crate) fn office_of_named_body(doc: &Doc, at: usize, limit: usize) -> Option<usize> {
    if !crate::claims::opens_with_title(doc, at) {
        return None;
    }
    let end = limit.min(at + OFFICE_WORDS + 1);
    let in_office = |word: usize| {
        let key = doc.key(word);
        crate::claims::is_office_word(key) && doc.cue_at(word).is_none()
    };
    let first = (at + 1..end).find(|&word| doc.mention_at(word).is_some() || !in_office(word))?;
    // `السفير الروسي إلى الاتحاد الأوروبي، فلاديمير شيزوف،`: no body is named, only where
    // the office is held; its holder may be named after that.
    if POSTING_PREPOSITIONS.contains(&doc.key(first)) {
        let after = past_posting(doc, first, limit);
        return (after > first).then(|| holder_named_at(doc, after)).flatten();
    }
    let body = doc.mention_at(first).filter(|&m| {
        doc.first_token_of(m) == Some(first)
            && doc.is_actor(m)
            && !doc.is_person(m)
            && matches!(doc.glued_preposition(m), None | Some('ل'))
            && doc.glued_conjunction(m).is_none()
    })?;
    let mut after = doc.last_token_of(body)? + 1;
    while after < limit && doc.mention_at(after).is_none() && in_office(after) && after < first + OFFICE_WORDS
    {
        after += 1;
    }
    // `مبعوث الأمم المتحدة إلى سوريا ستيفان دي ميستورا`، `سفير واشنطن لدى إسرائيل`: the
    // posting comes between the office and its holder's name.
    let named_from = past_posting(doc, after, limit);
    if person_opening(doc, named_from).is_some() || doc.is_comma(named_from) {
        return holder_named_at(doc, named_from);
    }
    // What follows the office is its verb's object or a new phrase, not a name: a mention
    // that is no person, a cue word, a preposition, or the clause's end.
    let closes = after >= limit
        || doc.mention_at(after).is_some()
        || doc.cue_at(after).is_some()
        || is_preposition(doc.key(after));
    closes.then_some(body)
}

/// Prepositions of an office's posting (folded): `إلى سوريا`، `لدى إسرائيل`، `في العراق`.
const POSTING_PREPOSITIONS: &[&str] = &["الي", "لدي", "في"];

/// The first token past a posting at `at` (a preposition of posting and a place or a body
/// named right after it), before `limit`; `at` itself when none stands there.
fn past_posting(doc: &Doc, at: usize, limit: usize) -> usize {
    if !POSTING_PREPOSITIONS.contains(&doc.key(at)) {
        return at;
    }
    let posted_to = |m: usize| doc.is_place(m) || (doc.is_actor(m) && !doc.is_person(m));
    let named = doc.mention_at(at + 1).filter(|&m| doc.first_token_of(m) == Some(at + 1) && posted_to(m));
    named.and_then(|m| doc.last_token_of(m)).map_or(at, |last| (last + 1).min(limit.max(at)))
}

/// The holder of an office whose words end before token `at`: a person named there, or set
/// off by the comma there.
fn holder_named_at(doc: &Doc, at: usize) -> Option<usize> {
    person_opening(doc, at).or_else(|| doc.is_comma(at).then(|| person_set_off_at(doc, at + 1)).flatten())
}

/// The first token past the office opening at `at` (its title, adjectives, genitives and
/// further titles), looked at up to `end`.
fn office_end(doc: &Doc, at: usize, end: usize) -> usize {
    let mut word = at;
    while word < end {
        // `الأمين العام للأمم المتحدة`: the body an office is of, named after ل, is part of it.
        if let Some(body) = doc.mention_at(word).filter(|&m| is_office_body(doc, m, word)) {
            word = doc.last_token_of(body).map_or(word, |last| last.max(word)) + 1;
            continue;
        }
        // `وزير خارجية روسيا`، `رئيس وزراء بريطانيا`: a noun in construct right after the
        // title, with the state or body it is of after it, is part of the office.
        let of_body = |m: usize| doc.first_token_of(m) == Some(word + 1) && is_office_body(doc, m, word + 1);
        if word == at + 1 && doc.mention_at(word).is_none() && doc.mention_at(word + 1).is_some_and(of_body) {
            word += 1;
            continue;
        }
        // The title's own first word (`ولي` of `ولي العهد`) need not be a title alone.
        let key = doc.key(word);
        let office = word == at || crate::claims::is_office_word(key);
        if doc.mention_at(word).is_some() || !office || doc.cue_at(word).is_some() {
            return word;
        }
        word += 1;
    }
    end
}

/// Whether the mention starting at token `word` names the body an office belongs to: after ل
/// (`للأمم المتحدة`، `لحلف شمال الأطلسي`), or a state as its genitive (`سفير الولايات
/// المتحدة لدى إسرائيل`، `وزير خارجية روسيا`); not a person.
fn is_office_body(doc: &Doc, mention: usize, word: usize) -> bool {
    let body = match doc.glued_preposition(mention) {
        Some('ل') => doc.is_actor(mention),
        None => doc.stands_for_state(mention) && doc.glued_conjunction(mention).is_none(),
        Some(_) => false,
    };
    doc.first_token_of(mention) == Some(word) && body && !doc.is_person(mention)
}

/// The person mention that opens at token `at`.
fn person_opening(doc: &Doc, at: usize) -> Option<usize> {
    doc.mention_at(at).filter(|&m| doc.is_person(m) && doc.first_token_of(m) == Some(at))
}

/// A person named at token `at`, right after a comma, in apposition to an office, bare or
/// after a title of their own (`ولي العهد السعودي، الأمير محمد بن سلمان`): not one joined by
/// و (`وزير المالية، ومحمد القويز`), who is another person.
pub(crate) fn person_set_off_at(doc: &Doc, at: usize) -> Option<usize> {
    let titled = || {
        let end = at + OFFICE_WORDS + 1;
        crate::claims::opens_with_title(doc, at)
            .then(|| person_opening(doc, office_end(doc, at, end)))
            .flatten()
    };
    person_opening(doc, at).or_else(titled).filter(|&m| doc.glued_conjunction(m).is_none())
}

/// `حذرت وزارة الدفاع الأميركية الرئيس السوري، بشار الأسد، من`: the end of a clause that ends
/// at `end` reaching on over a person's name set off by commas after an office: the office
/// closing the clause stands for the person named after the comma.
pub(crate) fn reach_over_office_apposition(doc: &Doc, end: usize) -> usize {
    if !doc.is_comma(end) || person_set_off_at(doc, end + 1).is_none() {
        return end;
    }
    let clause = doc.clause_of(end.saturating_sub(1));
    let from = clause.start.max(end.saturating_sub(OFFICE_WORDS));
    let office =
        (from..end).find(|&at| crate::claims::opens_with_title(doc, at) && office_end(doc, at, end) == end);
    // `أحد القتلى أن الرئيس، دونالد ترامب، جعلها`: an office after أن opens what is said, a
    // clause of its own.
    let own_clause = office.is_some_and(|at| (clause.start..at).any(|t| is_complementizer(doc.key(t))));
    match office.is_some() && !own_clause {
        true => doc.clause_of(end + 1).end.max(end + 1),
        false => end,
    }
}

/// The most words a description of a subject set off by commas may take (`منظمة هيومن
/// رايتس ووتش، المعنية بحقوق الإنسان، التحالف`).
const DESCRIPTION_WORDS: usize = 6;

/// `اتهم وزير الخارجية البريطاني بوريس جونسون، روسيا بمحاولة`، `اتهمت منظمة هيومن رايتس
/// ووتش، المعنية بحقوق الإنسان، التحالف بقيادة السعودية`: a verb's object may follow the
/// comma at `comma` that closes its subject, past a description of the subject set off by
/// commas. The token the object opens at, when a party (as `party` says) stands there alone:
/// a party joined to another after it may be one of a list of subjects set off by commas
/// (`أدانت فرنسا، ألمانيا وبريطانيا الهجوم`).
pub(crate) fn object_past_subject_comma(
    doc: &Doc,
    comma: usize,
    party: impl Fn(usize) -> bool,
) -> Option<usize> {
    if !doc.is_comma(comma) {
        return None;
    }
    let mut at = comma + 1;
    if doc.mention_at(at).is_none() && doc.key(at).starts_with("ال") {
        let described = doc.clause_of(at);
        let opens_clause = described.clone().any(|t| doc.opens_a_clause(t));
        if described.len() > DESCRIPTION_WORDS || !doc.is_comma(described.end) || opens_clause {
            return None;
        }
        at = described.end + 1;
    }
    let mention = doc.mention_at(at).filter(|&m| doc.first_token_of(m) == Some(at))?;
    let glued = doc.glued_conjunction(mention).is_some() || doc.glued_preposition(mention).is_some();
    if glued || !party(mention) {
        return None;
    }
    // Set off by a comma after it too, the party is one of a list or names the subject
    // itself (`ويعترف محامي ترامب، مايكل كوهين، بعقد`).
    let after = doc.last_token_of(mention)? + 1;
    let joined = doc.mention_at(after).is_some_and(|m| doc.glued_conjunction(m).is_some() && party(m));
    (!doc.is_comma(after) && !joined).then_some(at)
}

/// An adverb in the accusative, written with its tanween (`شكلياً`، `رسمياً`), which may
/// stand between a verb and its subject (`تدعمها شكلياً قوات التحالف`).
pub(crate) fn is_adverb(raw: &str) -> bool {
    raw.ends_with("اً") || raw.ends_with("ًا")
}

/// The armed group a definite common noun at token `at` stands for (`ضد التنظيم`،
/// `مواقع الميليشيات`، `المناطق الأخيرة للتنظيم`): the nearest one named before that `keep`
/// allows, so that a group fighting `التنظيم` is not taken for it. Nouns for governments and
/// armies are left out: as the side acted on they name an institution more often than the
/// one told of (`بدعم من الحكومة`).
fn group_antecedent_of(doc: &Doc, at: usize, keep: impl Fn(usize) -> bool) -> Option<usize> {
    let noun = glued_anaphoric_noun(doc.key(at))?;
    if anaphor_types(noun)? != ["armed_group"] {
        return None;
    }
    resolve_anaphor(doc, at, noun, keep)
}

/// How many sentences back a definite common noun (`الميليشيات`) looks for the actor it
/// stands for.
const ANAPHOR_REACH: usize = 2;

/// The actor a definite common noun at token `at` stands for (`وانسحب التنظيم` → the armed
/// group last named).
pub(crate) fn antecedent_of(doc: &Doc, at: usize) -> Option<usize> {
    // Both "the latter" and every listed anaphoric noun are definite: a word without the
    // article (nearly every word `subject_before` looks back over) stands for none, told
    // before the two compares of `the_latter` and the list's filter.
    if !doc.key(at).starts_with("ال") {
        return None;
    }
    if let Some(feminine) = the_latter(doc, at) {
        return latter_named(doc, at, feminine);
    }
    resolve_anaphor(doc, at, doc.key(at), |_| true)
}

/// What anaphoric noun `noun` at token `at` stands for, among the actors `keep` allows. A
/// noun that must name an actor called by its own head (`التنظيم` → `تنظيم داعش`) takes the
/// nearest such actor anywhere before it: the article may have named it paragraphs earlier,
/// while other groups were named since. Other nouns take the nearest actor of a type they
/// may stand for, in their sentence or the two before. Followed by an adjective of kind
/// (`القوات الخاصة`) the noun names another body, and stands for none.
fn resolve_anaphor(doc: &Doc, at: usize, noun: &str, keep: impl Fn(usize) -> bool) -> Option<usize> {
    let types = anaphor_types(noun)?;
    if names_another_group(doc.key(at + 1)) {
        return None;
    }
    if let Some(head) = head_of_anaphor(noun) {
        let before = doc.tokens.get(at)?.start;
        let last = doc.mentions.partition_point(|m| m.start < before);
        return (0..last).rev().find(|&m| is_called_by(doc, m, head) && keep(m));
    }
    mentions_before(doc, at)?.find(|&m| doc.actor_type(m).is_some_and(|t| types.contains(&t)) && keep(m))
}

/// `أعلن الجيش التركي مقتل ثمانية من جنوده … فإن الجيش سيطر على`: `الجيش` right before its
/// verb, further back than its sentence and the two before, stands for the army the article
/// has named, when it has named only one (two armies leave the bare noun unresolved). Only as
/// the verb's subject: elsewhere it may be a genitive or an object (`مؤتمر دعم الجيش`، `ضد
/// الجيش`), which the nearer search alone may risk.
fn sole_army_before(doc: &Doc, at: usize) -> Option<usize> {
    if doc.key(at) != "الجيش" {
        return None;
    }
    sole_army_named_before(doc, at)
}

/// The one army the article has named before token `at`, when it has named only one.
pub(crate) fn sole_army_named_before(doc: &Doc, at: usize) -> Option<usize> {
    let before = doc.tokens.get(at)?.start;
    let last = doc.mentions.partition_point(|m| m.start < before);
    let mut armies = (0..last).rev().filter(|&m| doc.actor_type(m) == Some("state_military"));
    let nearest = armies.next()?;
    armies.all(|m| doc.same_entity(m, nearest)).then_some(nearest)
}

/// Whether the lexicon entry of mention `mention` has a name opening with `head` (folded):
/// `تنظيم داعش` for `تنظيم`.
fn is_called_by(doc: &Doc, mention: usize, head: &str) -> bool {
    static CALLED: OnceLock<HashMap<String, Vec<&'static str>>> = OnceLock::new();
    let called = CALLED.get_or_init(|| heads_called(true));
    doc.entry(mention).and_then(|entry| called.get(entry)).is_some_and(|heads| heads.contains(&head))
}

/// For each actor entry, the heads of [`NAMED_BY_HEAD`] its names open with (folded). With
/// `first_only`, only each name's first word is folded, into one reused buffer: folding every
/// whole name, each into a new string, cost more than 1% of analysing 1,000 articles. A test
/// checks that both ways agree on the builtin lexicon.
fn heads_called(first_only: bool) -> HashMap<String, Vec<&'static str>> {
    let mut called: HashMap<String, Vec<&'static str>> = HashMap::new();
    let mut folded = String::new();
    for actor in &Lexicon::builtin().data.actors {
        for alias in &actor.aliases {
            folded.clear();
            let text = if first_only { alias.split(' ').next().unwrap_or("") } else { alias };
            fold_key_into(text, &mut folded);
            let first = folded.split(' ').next().unwrap_or("");
            if let Some(&(_, head)) = NAMED_BY_HEAD.iter().find(|(_, head)| *head == first) {
                called.entry(actor.id.clone()).or_default().push(head);
            }
        }
    }
    called
}

/// The mentions before token `at`, nearest first, in its sentence and the two before: where
/// an anaphor looks for what it stands for.
fn mentions_before<'d>(doc: &'d Doc, at: usize) -> Option<impl Iterator<Item = usize> + 'd> {
    let sentence = doc.sentence_of(at)?;
    let first_sentence = doc.sentences.get(sentence.saturating_sub(ANAPHOR_REACH))?;
    let floor = doc.tokens.get(first_sentence.start)?.start;
    let before = doc.tokens.get(at)?.start;
    let last = doc.mentions.partition_point(|m| m.start < before);
    Some((0..last).rev().take_while(move |&m| doc.mentions[m].start >= floor))
}

/// Whether token `at` is `الأخيرة` or `الأخير` standing as a noun, "the latter" (`أن
/// الأخيرة أمنت`، `، الأخير`): after a complementizer or opening its clause; after a noun it
/// is an adjective, "the last" (`التطورات الأخيرة`، `اليوم الثاني والأخير`). Returns whether
/// it is feminine.
fn the_latter(doc: &Doc, at: usize) -> Option<bool> {
    let feminine = match doc.key(at) {
        "الاخيره" => true,
        "الاخير" => false,
        _ => return None,
    };
    let opens = doc.clause_of(at).start == at
        || at.checked_sub(1).is_some_and(|before| is_complementizer(doc.key(before)));
    opens.then_some(feminine)
}

/// What "the latter" stands for: the last actor or acting country named before it, in its
/// sentence or the two before. The feminine stands for a body or a country, not a person (a
/// woman named in this news is rarer than the feminine names of states and groups).
fn latter_named(doc: &Doc, at: usize, feminine: bool) -> Option<usize> {
    mentions_before(doc, at)?
        .filter(|&m| doc.is_actor(m) || doc.stands_for_state(m))
        .find(|&m| !(feminine && doc.is_person(m)))
}

/// The subject before a verb starting at token `verb_start`: the nearest actor mention in
/// the sentence not after a preposition, looking back no further than a complementizer or a
/// reporting cue (what a speaker says has a subject of its own).
pub(crate) fn subject_before(doc: &Doc, verb_start: usize, sentence_start: usize) -> Before {
    let floor = sentence_start.max(verb_start.saturating_sub(SUBJECT_LOOKBACK));
    let mut at = verb_start;
    // Where the verb stands for a name before an apposition (`روسيا، حليف الحكومة السورية،
    // قد طلبت`): right before its comma.
    let mut verb_start = verb_start;
    while at > floor {
        at -= 1;
        let key = doc.key(at);
        if is_complementizer(key) {
            return if is_pronoun_complementizer(key) { Before::Pronoun } else { Before::None };
        }
        if is_reporting_cue(doc, at) {
            return Before::None;
        }
        let Some(mention) = doc.mention_at(at) else {
            // Only a definite word may stand for an antecedent (see `antecedent_of`): the rest,
            // most words looked back over, are passed without the call.
            if !key.starts_with("ال") {
                continue;
            }
            // The word before is asked only of an antecedent: nearly every word stands for none.
            let prepositional = || at > 0 && is_preposition(doc.key(at - 1));
            let subject_of_verb = at + 1 == verb_start;
            match antecedent_of(doc, at).or_else(|| sole_army_before(doc, at).filter(|_| subject_of_verb)) {
                Some(antecedent) if !prepositional() => return Before::Actors(vec![antecedent]),
                _ => continue,
            }
        };
        // `دعوات من الأمم المتحدة والاتحاد الأوروبي`: a later conjunct stands where the first
        // one does, after its preposition.
        let mention = first_conjunct(doc, mention);
        let Some(first) = doc.first_token_of(mention) else { continue };
        // A state or its capital right before a verb acts (`وكانت دمشق اتهمت`); not before a
        // noun of purpose (`تظاهرت النساء في العاصمة سول للمطالبة`: the place they marched in).
        let purpose = doc.key(verb_start).starts_with("لل");
        // `وكانت روسيا قد دعت`، `إسرائيل لم تشن`، `واشنطن بدورها فرضت`: past particles of
        // the past and its negation and adverbs of also too, unless a verb before the state has it
        // for its own subject (`الميليشيات التي تدعمها إيران قد انسحبوا`).
        let after_verb =
            || first.checked_sub(1).and_then(|t| doc.cue_match_at(t)).is_some_and(|f| doc.may_be_verb(f));
        let particles_between = verb_start - at <= 1 + STATE_VERB_PARTICLES_REACH
            && (at + 1..verb_start).all(|t| STATE_VERB_PARTICLES.contains(&doc.key(t)));
        let right_before = verb_start - at <= 1 || (particles_between && !after_verb());
        let acting_state = doc.stands_for_state(mention) && right_before && !purpose;
        // `أحرزت القوات، بإسناد من طيران التحالف، تقدما`: the backer between is not the doer,
        // nor a name after a preposition, unless a relative pronoun makes it the verb's
        // subject (`بإسناد من طيران التحالف الذي استهدف`).
        let subject = heads_relative_clause(doc, mention, verb_start)
            || owns_the_forces_before(doc, mention)
            || (!is_prepositional(doc, mention) && !doc.is_backer(mention));
        if describes_the_one_before(doc, first) {
            verb_start = first - 2;
        } else if (doc.is_actor(mention) || acting_state) && subject {
            return Before::Actors(coordinated(doc, mention));
        }
        at = first.max(floor);
    }
    Before::None
}

/// Nouns of a bond (folded) that, set off by a comma after a name, describe it by another
/// (`جماعة الشباب الصومالية، ذراع تنظيم القاعدة،`، `حزب الله، حليف إيران،`).
const BOND_NOUNS: &[&str] = &["ذراع", "فرع", "جناح", "حليف", "حليفه", "وكيل", "ممثل"];

/// Whether the name at token `first` is the genitive of a bond noun right after a comma: it
/// describes the name before, which stays the subject of the verbs after.
fn describes_the_one_before(doc: &Doc, first: usize) -> bool {
    first >= 2 && BOND_NOUNS.contains(&doc.key(first - 1)) && doc.is_comma(first - 2)
}

/// Particles of the past and its negation and adverbs of also that may stand between a state
/// and its verb (folded): `وكانت روسيا قد دعت`، `إسرائيل لم تشن`، `واشنطن بدورها فرضت`. Not
/// those of the future or of what is so (لن، سوف، لا): `إسرائيل لن تسمح` states an intent,
/// no act, and a state there is better left to the rules that read such sentences.
const STATE_VERB_PARTICLES: &[&str] = &["قد", "لم", "ايضا", "بدورها", "بدوره", "كذلك", "بالفعل", "فعلا"];

/// How many of [`STATE_VERB_PARTICLES`] may stand between a state and its verb.
const STATE_VERB_PARTICLES_REACH: usize = 2;

/// Words that make forces someone's (folded): `القوات التابعة للحكومة`، `القوات الموالية
/// للنظام`, and without the article after forces unnamed (`مروحيات أباتشي تابعة للتحالف`،
/// `ميليشيات موالية لإيران`). Not the bare masculine تابع, also "went on (saying)".
const BELONGING_WORDS: &[&str] = &[
    "التابعه",
    "التابع",
    "التابعين",
    "التابعون",
    "المواليه",
    "الموالي",
    "الموالين",
    "الموالون",
    "تابعه",
    "تابعين",
    "تابعون",
    "مواليه",
    "موالين",
    "موالون",
];

/// `القوات التابعة للحكومة اليمنية ألقت القبض`: a name after ل that forces, unnamed, belong
/// to stands for them as the subject of the verb after; not when the forces have a name of
/// their own (`قوات فيلق القدس التابع للحرس الثوري`).
fn owns_the_forces_before(doc: &Doc, mention: usize) -> bool {
    let Some(first) = doc.first_token_of(mention) else { return false };
    // The forces stand before the word of belonging, past words describing them
    // (`مروحيات أباتشي تابعة للتحالف`).
    (2..=FORCES_BEFORE_BELONGING + 1).filter_map(|back| first.checked_sub(back)).any(|forces| {
        doc.mention_at(forces).is_none() && owner_of_forces_at(doc, forces, first + 1) == Some(mention)
    })
}

/// How many words may describe forces before the word of their belonging (`طائرات الأباتشي
/// التابعة`، `القوات البحرية السعودية التابعة`).
const FORCES_BEFORE_BELONGING: usize = 3;

/// `طائرات الأباتشي التابعة للتحالف`، `القوات الموالية للنظام`: the name after ل past a word
/// of belonging that forces at token `forces`, unnamed, are said to belong to.
fn owner_of_forces_at(doc: &Doc, forces: usize, limit: usize) -> Option<usize> {
    let key = doc.key(forces);
    if !is_force_head(key.strip_prefix("ال").unwrap_or(key)) {
        return None;
    }
    let end = limit.min(forces + FORCES_BEFORE_BELONGING + 1);
    let belonging = (forces + 1..end)
        .take_while(|&t| doc.mention_at(t).is_none() && !doc.is_comma(t))
        .find(|&t| BELONGING_WORDS.contains(&doc.key(t)))?;
    let owner = doc.mention_at(belonging + 1).filter(|_| belonging + 1 < limit)?;
    (doc.first_token_of(owner) == Some(belonging + 1) && doc.glued_preposition(owner) == Some('ل'))
        .then_some(owner)
}

/// `أن قواته`، `إن مقاتليها`: whether token `at` names forces owned by a pronoun, right after
/// a complementizer (see [`crate::grammar::owned_forces`]); `Some(true)` for a feminine owner.
fn owned_forces_told(doc: &Doc, at: usize) -> Option<bool> {
    let feminine = crate::grammar::owned_forces(doc.key(at))?;
    (at > 0 && is_complementizer(doc.key(at - 1))).then_some(feminine)
}

/// How many adjectives may stand between owned forces and their verb (`إن قواتها الأمنية
/// قتلت`، `أن قواته الجوية أطلقت`).
const OWNED_FORCES_ADJECTIVES: usize = 2;

/// Whether the verb at `verb_start` has owned forces told of after a complementizer for its
/// subject, right before it or past a few adjectives (`أن قواته قتلت`); `Some(true)` when
/// their owner is feminine. A later verb has a subject of its own, or none named.
pub(crate) fn owned_forces_subject(doc: &Doc, verb_start: usize) -> Option<bool> {
    (1..=OWNED_FORCES_ADJECTIVES + 1).find_map(|back| {
        let at = verb_start.checked_sub(back)?;
        owned_forces_told(doc, at).filter(|_| owns_the_verb(doc, at, verb_start))
    })
}

/// Whether only plain adjectives, at most [`OWNED_FORCES_ADJECTIVES`], stand between the
/// forces at `forces` and the verb at `verb_start`.
fn owns_the_verb(doc: &Doc, forces: usize, verb_start: usize) -> bool {
    let plain_adjective = |t: usize| doc.mention_at(t).is_none() && doc.key(t).starts_with("ال");
    verb_start > forces
        && verb_start - forces <= OWNED_FORCES_ADJECTIVES + 1
        && (forces + 1..verb_start).all(plain_adjective)
}

/// Whether a mention is the antecedent of a relative pronoun right before the verb at
/// `verb_start` (`طيران التحالف الذي استهدف`), and so its subject: not when the verb carries
/// the antecedent as its object (`غولن الذي اتهمته`), nor a person after the feminine
/// (`القمة مع ترمب التي انعقدت`: the summit met).
fn heads_relative_clause(doc: &Doc, mention: usize, verb_start: usize) -> bool {
    let Some(last) = doc.last_token_of(mention) else { return false };
    let pronoun = doc.key(last + 1);
    let agrees = pronoun == "الذي" || (pronoun == "التي" && !doc.is_person(mention));
    let subject =
        || doc.cue_match_at(verb_start).is_some_and(|verb| !crate::events::carries_object_pronoun(doc, verb));
    last + 2 == verb_start && agrees && subject()
}

/// `هاجم تنظيم داعش الجيش السوري وقتل`: the subject of the verb whose object is `mention`,
/// named right after that verb (verb, subject, object). One joined to the subject by و
/// (`داعش والنصرة`) is a second subject, not an object.
pub(crate) fn subject_before_object(doc: &Doc, mention: usize) -> Option<usize> {
    let first = doc.first_token_of(mention)?;
    let subject = doc.mention_at(first.checked_sub(1)?).filter(|&s| s != mention && doc.is_actor(s))?;
    let verb = doc.first_token_of(subject)?.checked_sub(1)?;
    let after_verb = doc.cue_match_at(verb).is_some_and(|found| doc.may_be_verb(found));
    let object = after_verb && doc.glued_conjunction(mention).is_none() && !doc.after_preposition(subject);
    object.then_some(subject)
}

/// Whether a mention is governed by a preposition: right after one, or as the name of an
/// organization noun after `ضد` or `على` (`ضد تنظيم "الدولة الإسلامية"`): the side acted
/// against, never the subject of a later verb. After other prepositions the organization
/// noun may name whom the doers belong to (`مسلحون على صلة بتنظيم داعش`، `قادة في تنظيم
/// حزب الله`), who then acts through them; that is left to the name itself.
fn is_prepositional(doc: &Doc, mention: usize) -> bool {
    doc.after_preposition(mention)
        || is_named_opponent(doc, mention)
        || in_the_ranks_of(doc, mention)
        || genitive_of_a_glued_preposition(doc, mention)
}

/// `لقرارات الأمم المتحدة`، `بمقر البرلمان البريطاني`، `لقوات النظام`: a name right after a
/// word (no name, no cue) that carries a glued ب، ل or ك is that word's genitive, inside the
/// preposition's phrase.
fn genitive_of_a_glued_preposition(doc: &Doc, mention: usize) -> bool {
    let Some(head) = doc.first_token_of(mention).and_then(|first| first.checked_sub(1)) else { return false };
    let token = &doc.tokens[head];
    if token.kind != marsad_text::token::TokenKind::Word
        || doc.mention_at(head).is_some()
        || doc.cue_at(head).is_some()
    {
        return false;
    }
    carries_glued_preposition(doc, head)
}

/// Whether the word at token `at` opens with a glued preposition before a stem of its own
/// (`لقرارات`، `بالانحياز`). `قامت بها القوات`: a preposition with only a pronoun points back;
/// it does not count.
pub(crate) fn carries_glued_preposition(doc: &Doc, at: usize) -> bool {
    let Some(token) = doc.tokens.get(at) else { return false };
    let segments = marsad_text::clitic::segment(doc.text, token);
    let glued =
        segments.first().is_some_and(|segment| segment.role == marsad_text::clitic::Role::Preposition);
    glued && segments.iter().any(|segment| segment.role == marsad_text::clitic::Role::Stem)
}

/// `سقوط قتلى في صفوف الميليشيات`، `انشقاقات من صفوف الحوثيين`: the side whose ranks are
/// named suffered or lost, as after a preposition.
fn in_the_ranks_of(doc: &Doc, mention: usize) -> bool {
    let before = doc.first_token_of(mention).and_then(|first| first.checked_sub(1));
    before.is_some_and(|at| matches!(doc.key(at), "صفوف" | "بصفوف" | "لصفوف"))
}

/// Prepositions that name the side an act is against.
const OPPOSING_PREPOSITIONS: &[&str] = &["ضد", "علي"];

/// True when the word before a mention, past any opening quotes, is an organization noun
/// (`تنظيم`، `جماعة`) or another noun it is the genitive of (`مواقع داعش`، `معاقل الحوثيين`)
/// right after `ضد` or `على`: the side struck, inside the preposition's phrase.
fn is_named_opponent(doc: &Doc, mention: usize) -> bool {
    let Some(first) = doc.first_token_of(mention) else { return false };
    let mut at = first;
    while at > 0 && doc.quotes_only(at - 1) {
        at -= 1;
    }
    let Some(head) = at.checked_sub(1) else { return false };
    let opposing = head.checked_sub(1).is_some_and(|before| OPPOSING_PREPOSITIONS.contains(&doc.key(before)));
    let key = doc.key(head);
    opposing && (is_organization_head(key) || is_possessed_noun(doc, head))
}

/// A word at `at` that a name after it may be the genitive of, as a thing held or struck: a
/// word, no name, not `يد` or `أيدي` (`على يد داعش` names the doer), not a complementizer
/// (`شدد على أن الجامعة`: the name opens a clause of its own), and no act's word, whose
/// genitive is its doer (`أكد على دعم الحكومة البريطانية`).
fn is_possessed_noun(doc: &Doc, at: usize) -> bool {
    let key = doc.key(at);
    !key.is_empty()
        && !matches!(key, "يد" | "ايدي")
        && !is_complementizer(key)
        && doc.mention_at(at).is_none()
        && doc.cue_at(at).is_none()
}

/// True when token `at` is a claim cue (a reporting verb or particle).
pub(crate) fn is_reporting_cue(doc: &Doc, at: usize) -> bool {
    doc.cue_match_at(at).is_some_and(|found| {
        doc.role_of(found, |role| matches!(role, CueRole::Claim { .. }).then_some(())).is_some()
    })
}

/// The first named party in tokens `from..to` that `party` admits (an actor, or a state for
/// acts done to one), with the actors coordinated after it: a name (`على مواقع قسد
/// والتحالف`), or, when `pointing_back`, a definite common noun standing for an armed group
/// named before (`القتال ضد التنظيم`).
pub(crate) fn first_party(
    doc: &Doc,
    from: usize,
    to: usize,
    pointing_back: bool,
    party: impl Fn(usize) -> bool,
) -> Option<Vec<usize>> {
    let mut at = from;
    while at < to {
        if let Some(mention) = doc.mention_at(at) {
            if party(mention) {
                return Some(coordinated(doc, mention));
            }
            at = doc.last_token_of(mention).unwrap_or(at).max(at) + 1;
        } else {
            let antecedent = pointing_back.then(|| group_antecedent_of(doc, at, &party)).flatten();
            if let Some(antecedent) = antecedent {
                return Some(vec![antecedent]);
            }
            at += 1;
        }
    }
    None
}

/// `تقاتل قوات إيرانية إلى جانب القوات الحكومية`، `بجانب الجيش`: a mention after إلى جانب
/// fights or acts with the doer, never against it; so do the allies the doer is named with
/// (`حررت قوات الجيش السوري وحلفاؤها في محور المقاومة المدينة`، `وحلفاؤه روسيا وإيران`).
pub(crate) fn is_alongside(doc: &Doc, mention: usize) -> bool {
    let Some(first) = doc.first_token_of(mention) else { return false };
    let key_before = |back: usize| first.checked_sub(back).map(|at| doc.key(at));
    let allies = |key: &str| key.strip_prefix('و').unwrap_or(key).starts_with("حلفا");
    match key_before(1) {
        Some("بجانب") => true,
        Some("جانب") => key_before(2) == Some("الي"),
        Some("في" | "من") => key_before(2).is_some_and(allies),
        Some(key) => allies(key),
        None => false,
    }
}

/// How many adjectives may stand between an act's noun and the nationality that names its
/// doer (`غارة جوية إسرائيلية`، `القصف المدفعي التركي الأخير`، `القصف الجوي والمدفعي والصاروخي
/// التركي`).
const ADJECTIVES_BEFORE_NATIONALITY: usize = 3;

/// `قصف إسرائيلي على قطاع غزة`، `الاعتداء الأمريكي الأخير`، `غارات جوية روسية`: a nationality
/// adjective agreeing with an act's noun (both definite or both not) names the state that
/// did it. The doer is that state's mention in the text nearest before the noun (its forces,
/// its government, or the country or its capital), else the nearest after; none when the
/// text names the state nowhere. A second nationality joined to it by a dash adds its state
/// (`اتفاقية روسية–أميركية`: both are parties).
pub(crate) fn actor_by_nationality(doc: &Doc, found: &CueMatch) -> Option<Vec<usize>> {
    // `إسقاط طائرة عسكرية روسية`: after a phrase ending in a craft, the nationality is the
    // craft's, not the doer's.
    let last = doc.key(found.last_token);
    let craft = found.last_token > found.first_token
        && CRAFT_NOUNS.contains(&last.strip_prefix("ال").unwrap_or(last));
    if craft {
        return None;
    }
    let definite = found.proclitics.article;
    let (country, at) = nationality_after(doc, found.last_token, definite, false)?;
    let doer = state_mention(doc, country, found.first_token, |_| false)?;
    let mut doers = vec![doer];
    // `اتفاقية روسية–أميركية`: a second nationality joined by a dash names the other party.
    let partner = partner_nationality(doc, at, definite)
        .and_then(|other| state_mention(doc, other, found.first_token, |m| doc.same_entity(m, doer)));
    doers.extend(partner);
    Some(doers)
}

/// The country of a nationality joined by a dash to the one at token `at`, agreeing with it
/// in definiteness (`روسية–أميركية`، `الروسية-الأمريكية`).
fn partner_nationality(doc: &Doc, at: usize, definite: bool) -> Option<&'static str> {
    let dash = doc.tokens.get(at + 1).is_some_and(|t| matches!(t.text(doc.text), "-" | "–" | "—"));
    let key = doc.key(at + 2);
    let (article, bare) = key.strip_prefix("ال").map_or((false, key), |bare| (true, bare));
    (dash && article == definite && doc.mention_at(at + 2).is_none())
        .then(|| nationality_of(bare, false))
        .flatten()
}

/// Craft and vehicles (folded) an act's phrase may end in (`إسقاط طائرة`، `استهداف سفينة`).
const CRAFT_NOUNS: &[&str] =
    &["طايره", "طايرات", "مروحيه", "مقاتله", "سفينه", "ناقله", "دبابه", "مدرعه", "سياره", "زورق", "قافله"];

/// `أغارت طائرات حربية عراقية على`، `قصفت مقاتلات روسية`، `هاجم جنود أمريكيون`: a force noun
/// right after a verb, with a nationality agreeing with it, is the verb's subject, unnamed but
/// for its state; the doer is that state's mention in the text, as for an act's noun. Plural
/// nationalities count here (`جنود أمريكيون`): after a force noun they can only describe it.
/// A mention for which `skip` holds is passed over.
pub(crate) fn forces_by_nationality(
    doc: &Doc,
    verb: &CueMatch,
    skip: impl Fn(usize) -> bool,
) -> Option<usize> {
    let noun = verb.last_token + 1;
    if doc.mention_at(noun).is_some() || doc.sentence_of(noun) != doc.sentence_of(verb.last_token) {
        return None;
    }
    let key = doc.key(noun);
    let (definite, bare) = key.strip_prefix("ال").map_or((false, key), |bare| (true, bare));
    if !is_force_head(bare) {
        return None;
    }
    let (country, _) = nationality_after(doc, noun, definite, true)?;
    state_mention(doc, country, verb.first_token, skip)
}

/// `ضرب الجيش الإسرائيلي مواقع عسكرية إيرانية`، `استهدف أهدافا إيرانية`: the state whose
/// positions the held noun at token `held` names, by the nationality agreeing with it after
/// it (past its other adjectives): that state's mention nearest before token `before`, else
/// after. Mentions for which `skip` holds are passed over.
pub(crate) fn state_of_held_noun(
    doc: &Doc,
    held: usize,
    definite: bool,
    before: usize,
    skip: impl Fn(usize) -> bool,
) -> Option<usize> {
    let (country, _) = nationality_after(doc, held, definite, false)?;
    state_mention(doc, country, before, skip)
}

/// `طرد 23 دبلوماسيا روسيا`، `الدبلوماسيين الأمريكيين`: the state whose people the noun at token
/// `noun` names, by the nationality right after it (of any number) or a country's name
/// written as that adjective (`روسيا` for روسيًّا): the country itself, or the state's mention
/// nearest before token `before`, else after. Mentions for which `skip` holds are passed over.
pub(crate) fn state_of_people(
    doc: &Doc,
    noun: usize,
    before: usize,
    skip: impl Fn(usize) -> bool,
) -> Option<usize> {
    let next = noun + 1;
    if doc.clause_of(noun).end <= next {
        return None;
    }
    if let Some(m) = doc.mention_at(next) {
        return (doc.is_country(m) && doc.first_token_of(m) == Some(next) && !skip(m)).then_some(m);
    }
    let key = doc.key(next);
    let bare = key.strip_prefix("ال").unwrap_or(key);
    // The adverbial form of a nationality that folds like its country is left out of the
    // table (`روسيا`): read it as the masculine form with the accusative's alef.
    let accusative = || bare.strip_suffix('ا').and_then(|masculine| nationality_of(masculine, false));
    let country = nationality_of(bare, true).or_else(accusative)?;
    state_mention(doc, country, before, skip)
}

/// The country of the nationality adjective after token `last`, past at most
/// [`ADJECTIVES_BEFORE_NATIONALITY`] other adjectives, in the clause, agreeing in definiteness;
/// none when a name or another word comes first. `plural` admits plural nationalities. With
/// the country, the token of the adjective.
fn nationality_after(doc: &Doc, last: usize, definite: bool, plural: bool) -> Option<(&'static str, usize)> {
    let clause_end = doc.clause_of(last).end;
    let end = clause_end.min(last + 2 + ADJECTIVES_BEFORE_NATIONALITY);
    for at in last + 1..end {
        if doc.mention_at(at).is_some() {
            return None;
        }
        // `القصف الجوي والمدفعي والصاروخي التركي`: adjectives may be joined by و.
        let key = doc.key(at);
        let joined = key.starts_with('و') && key["و".len()..].starts_with("ال");
        let key = if joined { &key["و".len()..] } else { key };
        let (article, bare) = match key.strip_prefix("ال") {
            Some(bare) => (true, bare),
            None => (false, key),
        };
        if article != definite {
            return None;
        }
        // A plural in ين is genitive or object (`قتل جنود لبنانيين`), never a subject.
        if let Some(country) = nationality_of(bare, plural).filter(|_| !(plural && bare.ends_with("ين"))) {
            return Some((country, at));
        }
        // Only another adjective (`جوية`، `المدفعي`، `الأخير`) may stand before it.
        if !(bare.ends_with('ي') || bare.ends_with("يه") || bare.starts_with("اخير")) {
            return None;
        }
    }
    None
}

/// The country code a nationality adjective names (`اسرائيلي`، `امريكيه`), folded and without
/// its article. Plural forms (`فلسطينيين`) only when `plural`: after an act's noun they are more
/// often the people it was done to.
fn nationality_of(bare: &str, plural: bool) -> Option<&'static str> {
    static ADJECTIVES: OnceLock<KeyMap<String, (String, bool)>> = OnceLock::new();
    let adjectives = ADJECTIVES.get_or_init(|| {
        let demonyms = &Lexicon::builtin().data.demonyms;
        let singular = |key: &str| key.ends_with('ي') || key.ends_with("يه");
        demonyms
            .iter()
            .map(|d| {
                let key = fold_key(&d.text);
                let is_singular = singular(&key);
                (key, (d.kind.clone(), is_singular))
            })
            .collect()
    });
    adjectives.get(bare).filter(|(_, singular)| plural || *singular).map(|(country, _)| country.as_str())
}

/// The mention of the state `country` nearest before token `before`, else the first after,
/// passing over those for which `skip` holds.
pub(crate) fn state_mention(
    doc: &Doc,
    country: &str,
    before: usize,
    skip: impl Fn(usize) -> bool,
) -> Option<usize> {
    let of_state = |m: &usize| {
        let of_country = match doc.mentions.get(*m).map(|m| &m.info) {
            Some(MentionInfo::Actor { country: Some(c), actor_type, .. }) => {
                c == country && matches!(actor_type.as_deref(), Some("state_military" | "government"))
            }
            Some(MentionInfo::Place { country: Some(c), .. }) => c == country && doc.stands_for_state(*m),
            _ => false,
        };
        of_country && !doc.is_media(*m) && !skip(*m)
    };
    let starts = |m: usize| doc.first_token_of(m).unwrap_or(usize::MAX);
    let states: Vec<usize> = (0..doc.mentions.len()).filter(of_state).collect();
    states
        .iter()
        .rev()
        .find(|&&m| starts(m) < before)
        .or_else(|| states.iter().find(|&&m| starts(m) > before))
        .copied()
}

#[cfg(test)]
mod tests {
    use super::heads_called;

    /// Folding only each name's first word finds the same heads as folding the whole name.
    #[test]
    fn heads_from_first_words_match_whole_names() {
        assert_eq!(heads_called(true), heads_called(false));
    }

    #[test]
    fn every_listed_word_is_written_as_its_folded_key() {
        crate::grammar::assert_all_folded(&[("CRAFT_NOUNS", super::CRAFT_NOUNS)]);
    }
}
