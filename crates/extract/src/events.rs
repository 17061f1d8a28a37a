//! Events: PLOVER-coded acts with their actor, target, place and date, read from the trigger
//! words the cue index finds.
//!
//! - A trigger names an event (`قصفت`، `غارة`، `اعتقال`); a support verb or its verbal noun
//!   before an event noun (`شنت … هجوما`، `إطلاق عملية`) makes one event of the two, carrying
//!   the verb's subject; `تعرض` before an event noun makes its subject the target.
//! - A verbal phrase may hold its subject between its verb and its other words (`أطلق
//!   مسلحون النار`، `فرضت واشنطن عقوبات`): the verb alone is then the trigger, and the words
//!   inside are its subject — its actor when they name one, nobody else's when they do not.
//! - A verb's actor is its subject (after it, or before it in the same sentence), unless the
//!   verb is passive (`قتل 13 عراقيا`: a count of victims right after it, no actor before it)
//!   — then its agent comes after `على يد`، `من قبل`، `بنيران`. A noun's actor is the name
//!   after it (`هجوم داعش`، `غارات للتحالف`، `غارة شنها التحالف`), but for nouns of harm
//!   (`مقتل`، `اعتقال`، `اغتيال`) that name is the victim; a quoted name after an
//!   organization noun (`هجوم جماعة "بوكو حرام"`) is that name. The target is the next actor
//!   in the clause that is not the actor itself nor named as its backer (`بدعم من`), reading
//!   on over quotes that wrap a name (`ضد مواقع لتنظيم "الدولة الإسلامية"`) but not a quoted
//!   outlet. Arguments are mentions of the event's own sentence, with two exceptions that
//!   follow the text's own reference: a pronoun subject takes the actor of the event just
//!   before, and a definite common noun (`التنظيم`) the actor of a fitting type named just
//!   before ([`crate::args::antecedent_of`]).
//! - Negation, hedging and irrealis words before a trigger (`لم`، `قد`، `يعتزم`; readiness and
//!   ability, `جاهز ل`، `قادر على`) or after an event noun (`المزعوم`) mark it; an irrealis
//!   event (a plan, a purpose, a state, any act of a kind) did not happen and is dropped. An
//!   event inside a claim is `claimed_by` its speaker; inside a denial it is negated, inside
//!   a hedged claim hedged.
//! - Harm named as a result (`أسفرت الغارات عن مقتل`) is done by the actor of the act before
//!   it; a subject carried on from an earlier event never makes an actor act on itself.
//! - Words spelled like a trigger but meaning something else are no events: an intransitive
//!   verb with an object pronoun (`تقدمه الدوحة`, offers), `تقدم بالشكر` (submitted),
//!   `يستهدف تحقيق فائض` (aims at), an imperfect verb right after a preposition (`إلى أرحب`,
//!   a place), `يبحث عن`, `تحقيق الأهداف`, `يدين بالولاء`, `تحرير سعر الصرف`, `طوق النجاة`,
//!   a storm that strikes, `تجمعه بـ` and `تجمع بين` (brings together), a count of weapons,
//!   entering a stage or a hospital (`دخل حيز التنفيذ`), the peace process or a career
//!   (`مسيرة السلام`، `مسيرته الفنية`). An act named as what is policed, allowed or charged
//!   (`مكافحة الشغب`، `حرية التجمع`، `بتهمة القتل`) is a kind of act, not one that happened,
//!   nor is one named as what is investigated or denied a part in (`التحقيق في الهجوم`، `نفت
//!   تورطها في الهجوم`); protesters counted as the victims of a passive verb (`أصيب 32
//!   متظاهرا`) do not protest. An act after `من أجل` or `بهدف` is a purpose, and so is a
//!   support verbal noun after ل (`لتنفيذ عمليات`، `لإطلاق عملية`); the weapon of a violent
//!   act (`قصفت … بالصواريخ`) is part of that act. An act that dates or recalls what the
//!   sentence is about (`منذ اعتداءات سبتمبر`، `ذكرى اغتيال`), a verb of violence with an
//!   abstract object (`فجر الأزمة`), explosives or missiles named as goods (`أسلحة ومتفجرات`،
//!   `نشر الصواريخ`) and acts counted over a year are no events ([`crate::background`]).
//! - What counts: a weak trigger (`عملية`، `نقل`) only with someone taking part; a verb with
//!   nobody named only when its sentence holds a place, a date or a count, or an unnamed doer
//!   of force stands next to it (`مهاجما انتحاريا فجر نفسه`, whose actor then stays empty:
//!   no name from elsewhere in the text is taken for that doer); an event noun only
//!   when anchored (a support verb, victims, a verb of occurrence, a crowd, a place or date).

use marsad_lexicon::cues::{Cue, CueRole, Modality, Scope, SpeakerAt, WordClass};
use marsad_lexicon::CueMatch;
use marsad_model::MentionInfo;
use marsad_text::fold::fold_key;

use crate::args::{coordinated, subject_after, subject_before, Before};
use crate::claims::{ClaimDraft, Speaker};
use crate::doc::Doc;
use crate::grammar::{
    is_agent_marker, is_chant_word, is_concluding_verb, is_definite_protesters, is_generic_determiner,
    is_held_noun, is_occurrence_verb, is_partitive, is_relative_pronoun, is_time_word, names_a_state,
};

/// What is backed in words, not in kind (folded, without ال or ل): a right, a stance, a
/// decision, efforts, a plan, a call (`ندعم بقوة حق إسرائيل في الدفاع عن نفسها`، `دعمها
/// لجهود المبعوث`، `دعم وحدة سوريا`).
const STANCES: &[&str] = &[
    "حق",
    "حقوق",
    "موقف",
    "مواقف",
    "قرار",
    "قرارات",
    "جهود",
    "مبادره",
    "خطه",
    "مقترح",
    "مقترحات",
    "اقتراح",
    "فكره",
    "مساعي",
    "مسعي",
    "سياسه",
    "رويه",
    "دعوه",
    "دعوات",
    "مطالب",
    "ترشيح",
    "ترشح",
    "استقلال",
    "سياده",
    "وحده",
    "مسار",
];
/// Words that strengthen a backing between it and what is backed (`ندعم بقوة حق`، `دعمها
/// الكامل لقرار`).
const BACKING_INTENSIFIERS: &[&str] =
    &["بقوه", "بشده", "الكامل", "الكامله", "التام", "التامه", "المطلق", "المطلقه"];

/// How far after a support verb its event noun may stand, in tokens.
const SUPPORT_REACH: usize = 6;
/// How far after تقدم and its subject what is submitted with بـ may stand (`تقدم وزير
/// الخارجية الأردني بالشكر`: a subject of a title and its words is no mention), in tokens.
const OFFER_REACH: usize = 5;
/// How far after احتل and its subject the rank it takes may stand (`احتل الفيلسوف والطبيب ابن
/// سينا رقم 18`), in tokens.
const RANK_REACH: usize = 7;
/// How far after دخل and its named subject what it enters may stand (past a subject of a
/// title and a name no mention covers, or a preposition), in tokens.
const ENTERED_REACH: usize = 4;
/// How far before a trigger a clause-wide modality word reaches, in tokens.
const MODALITY_REACH: usize = 12;

/// How far after a withdrawal the place it leaves may be named (`الانسحاب الأمريكي من سوريا`).
const LEFT_PLACE_REACH: usize = 3;

/// `الانسحاب الأمريكي من سوريا`: a withdrawal from a named place is one of forces, whatever
/// else the sentence says; a withdrawal from an agreement or a race is not.
fn leaves_a_place(doc: &Doc, trigger: &Trigger) -> bool {
    trigger.event_type == "RETREAT"
        && words_after_in_clause(doc, trigger.found, LEFT_PLACE_REACH)
            .any(|at| doc.key(at) == "من" && doc.mention_at(at + 1).is_some_and(|m| doc.is_place(m)))
}

/// The next `reach` tokens after a match, within its clause.
fn words_after_in_clause(doc: &Doc, found: &CueMatch, reach: usize) -> std::ops::Range<usize> {
    let clause_end = doc.clause_of(found.first_token).end;
    let from = found.last_token + 1;
    from..(from + reach).min(clause_end).max(from)
}

/// How far past a weak word of force its object may stand (`ضربت إسرائيل أهدافا`: one
/// word for the subject between).
const STRUCK_OBJECT_REACH: usize = 3;

/// `ضربت إسرائيل أهدافا في سوريا`: a weak word of force whose object is military positions is
/// an attack, whatever else the sentence says; `مواقع التواصل` are websites.
fn strikes_positions(doc: &Doc, trigger: &Trigger) -> bool {
    trigger.event_type == "ASSAULT"
        && words_after_in_clause(doc, trigger.found, STRUCK_OBJECT_REACH).any(|at| {
            crate::grammar::is_struck_position(doc.key(at)) && !doc.key(at + 1).starts_with("التواصل")
        })
}

/// Types whose weak words name force only among armed forces: see [`Doc::is_about_conflict`].
const ARMED_ONLY_TYPES: &[&str] = &["ASSAULT", "MOBILIZE", "RETREAT"];

/// Modes whose noun takes its victim, not its actor, as the name after it.
const VICTIM_MODES: &[&str] =
    &["killing", "assassination", "abduction", "arrest", "massacre", "torture", "expel", "release"];

/// Modes whose nouns name weapons (`صواريخ`، `طائرة مسيرة`) rather than acts.
const WEAPON_MODES: &[&str] = &["drone", "missile"];

/// Modes whose verb, followed by a count, counts the dead.
const KILLING_MODES: &[&str] = &["killing", "massacre"];

/// An event in tokens and bytes; mention ids index the article's mentions.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct EventDraft {
    pub event_type: &'static str,
    pub mode: &'static str,
    pub sentence: usize,
    pub trigger: (usize, usize),
    pub head: usize,
    pub actor: Vec<usize>,
    pub target: Vec<usize>,
    pub place: Vec<usize>,
    pub date: Option<usize>,
    pub claim: Option<usize>,
    pub negated: bool,
    pub hedged: bool,
    pub dead: Option<u64>,
    pub injured: Option<u64>,
    /// The count of victims right after a passive killing verb (`قتل 13 عنصرا`).
    victims: Option<usize>,
    /// A verb with no subject named: its subject is a pronoun, standing for the actor talked
    /// about just before (`… التحالف الدولي. ونفذ غارات`).
    unnamed_subject: bool,
    /// An act named as the cause of harm told before it (`قتل عشرات في الهجوم`): its dropped
    /// subject is the doer of that harm (`قتلوا 40 عنصرا في اشتباكات`), or nobody. The
    /// sentence tells of the victims; whoever was named before is no more the doer than
    /// anyone else.
    harm_cause: bool,
    /// Names after the trigger that are neither actor nor target (the object of a noun is its
    /// pronoun, `تحريره من داعش`): no actor carried on may be one of them.
    named_after: Vec<usize>,
    /// Harm named as the result of the act before it (`أسفرت غارات النظام عن مقتل 13`).
    result: bool,
    /// A weapon after بـ (`بالصواريخ`): the instrument of a violent act before it, if any.
    instrument: bool,
    /// Aid named by a backing phrase (`بإسناد من التحالف`): its actor only backs the act.
    backing: bool,
    /// The doer is a country named in the act's own phrase (`غارات إسرائيل على`), not the one
    /// the text goes on about: a dropped subject after it does not stand for it.
    doer_in_phrase: bool,
    /// The act is named by a noun (`غارة`، `شن غارات`), and the noun's last token.
    noun: Option<usize>,
}

/// What a trigger match says, with the support verb before it, if any.
#[derive(Clone, Copy)]
struct Trigger<'m> {
    found: &'m CueMatch,
    event_type: &'static str,
    mode: &'static str,
    strong: bool,
    class: WordClass,
    support: Option<(&'m CueMatch, Support)>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Support {
    Light,
    /// A verb of managing (`تمكنت القوات من طرد`): carries the actor like a light verb; the
    /// noun alone names the act.
    Control,
    Undergo,
}

/// Every event of the article, in order.
pub(crate) fn find_events(doc: &Doc, claims: &[ClaimDraft]) -> Vec<EventDraft> {
    let mut events = Vec::new();
    for trigger in triggers(doc) {
        if let Some(event) = build(doc, &trigger, claims) {
            events.push(event);
        }
    }
    drop_instruments(doc, &mut events);
    merge_targeting_verbs(doc, &mut events);
    assign_casualties(doc, &mut events);
    credit_results(&mut events);
    credit_harm_to_its_cause(doc, &mut events);
    credit_acts_claimed_back(doc, &mut events);
    carry_subjects(doc, claims, &mut events);
    credit_backing(doc, &mut events);
    name_described_actors(doc, claims, &mut events);
    events
}

/// Heads of a state's forces or aircraft written without the article (folded): `طائرات
/// حربية روسية` describes an air force the article may also name (the heads `compose.rs`
/// makes such names with).
const DESCRIBING_HEADS: &[&str] = &["قوات", "طايرات", "مقاتلات", "مروحيات"];

/// `أغارت طائرات حربية عراقية … سلاح الجو العراقي`: an actor or target described by an
/// indefinite head is named by the article's name for the same entity, when it gives one
/// (the first mention of that entry not so described), else by its state's.
fn name_described_actors(doc: &Doc, claims: &[ClaimDraft], events: &mut [EventDraft]) {
    let words_of =
        |m: usize| doc.mentions.get(m).and_then(|mention| doc.text.get(mention.start..mention.end));
    // A force or aircraft head and a nationality without the article (`قوات إيرانية`), not a
    // construct naming a force (`قوات سوريا الديمقراطية`، `قوات حفتر`).
    let described = |m: usize| {
        // The folded keys of its first and last tokens: no word is folded again for the
        // actors of every event.
        let (Some(first), Some(last)) = (doc.first_token_of(m), doc.last_token_of(m)) else { return false };
        let head = doc.key(first);
        let head = head
            .strip_prefix(['و', 'ب', 'ل', 'ف'])
            .filter(|_| !DESCRIBING_HEADS.contains(&head))
            .unwrap_or(head);
        let adjective = doc.key(last);
        let nationality =
            !adjective.starts_with("ال") && (adjective.ends_with("يه") || adjective.ends_with('ي'));
        first < last && nationality && DESCRIBING_HEADS.contains(&head)
    };
    // A nationality adjective standing for its own mention (`قوات سعودية وإماراتية`) is no
    // name either.
    let lone_adjective = |m: usize| {
        let key = fold_key(words_of(m).unwrap_or(""));
        !key.contains(' ') && (key.ends_with('ي') || key.ends_with("يه"))
    };
    let country_of = |m: usize| match doc.mentions.get(m).map(|mention| &mention.info) {
        Some(MentionInfo::Actor { country: Some(country), .. }) => Some(country.as_str()),
        _ => None,
    };
    let name_of = |m: usize, act: usize| {
        if !described(m) {
            return m;
        }
        let names = |other: &usize| {
            *other != m
                && !described(*other)
                && !lone_adjective(*other)
                && !reports_the_act(doc, claims, act, *other)
        };
        let same = (0..doc.mentions.len()).filter(names).find(|&other| doc.same_entity(m, other));
        // Else the state's own mention nearest before it (its forces, its government, the
        // country acting), as for a nationality after a force noun the lexicon does not know.
        let before = doc.first_token_of(m).unwrap_or(0);
        let state = || crate::args::state_mention(doc, country_of(m)?, before, |other| !names(&other));
        same.or_else(state).unwrap_or(m)
    };
    for event in events.iter_mut() {
        let act = event.head;
        for role in [&mut event.actor, &mut event.target] {
            let mut named: Vec<usize> = Vec::with_capacity(role.len());
            for m in role.iter().map(|&m| name_of(m, act)) {
                if !named.contains(&m) {
                    named.push(m);
                }
            }
            *role = named;
        }
    }
}

/// How many words may stand between an act and the backing phrase after it (`طرده منها بدعم`).
const BACKED_ACT_REACH: usize = 2;

/// `وتمكنت من طرده منها بدعم من التحالف الدولي`: aid named by a backing phrase with no force
/// named right before it went to the doer of the act right before it in its clause, if that
/// act has one.
fn credit_backing(doc: &Doc, events: &mut [EventDraft]) {
    for index in 0..events.len() {
        let backing = &events[index];
        if !backing.backing || !backing.target.is_empty() || index == 0 {
            continue;
        }
        let act = &events[index - 1];
        let between = doc.text.get(act.trigger.1..backing.trigger.0);
        let close = doc.clause_of(act.head) == doc.clause_of(backing.head)
            && between.is_some_and(|words| words.split_whitespace().count() <= BACKED_ACT_REACH);
        let backer = &backing.actor;
        let own = |actor: &[usize]| actor.iter().any(|&a| backer.iter().any(|&b| doc.same_entity(a, b)));
        if close && !act.backing && !act.actor.is_empty() && !own(&act.actor) {
            events[index].target = act.actor.clone();
        }
    }
}

/// `قصفت قوات النظام بالصواريخ بلدة`: the weapon a violent act in the same clause was done
/// with is part of that act, not an act of its own — also when that act is no event
/// (`تحقيق مستقل في مقتل الفلسطينيين بالرصاص`: a killing looked into, with what it was done).
fn drop_instruments(doc: &Doc, events: &mut Vec<EventDraft>) {
    events.retain(|e| !(e.instrument && follows_a_violent_word(doc, e.head)));
}

/// Verbs of aiming and reaching whose subject is most often an act (`غارة استهدفت`،
/// `الهجوم الذي طال`), with an object pronoun or none.
const TARGETING_VERBS: &[&str] = &["استهدف", "استهدفت", "يستهدف", "تستهدف", "طال", "طالت", "يطال", "تطال"];

/// How many words may stand between an act and the verb of aiming after it (`غارة جوية
/// للتحالف الدولي استهدفت`، `الغارات التي استهدفت`).
const ACT_TO_VERB_REACH: usize = 4;

/// `غارة للتحالف استهدفت مقرا لداعش`، `استهدفت غارة للتحالف مقرا لداعش`، `الهجوم الذي طال
/// القوات`: a verb of aiming whose subject is an act names no act of its own; it says what
/// the act hit. One event is kept, the act's, with the verb's object as its target when
/// the verb follows it (before it, the verb's object is the act's genitive, its doer).
fn merge_targeting_verbs(doc: &Doc, events: &mut Vec<EventDraft>) {
    let mut merged = vec![false; events.len()];
    for verb in 0..events.len() {
        if !is_targeting_verb(doc, &events[verb]) {
            continue;
        }
        let Some(act) = act_as_subject(doc, events, verb) else { continue };
        let aimed = events[verb].clone();
        let event = &mut events[act];
        if event.actor.is_empty() {
            event.actor = aimed.actor.iter().copied().filter(|m| !event.target.contains(m)).collect();
        }
        let owned_by_doer = aimed.target.iter().any(|&t| event.actor.iter().any(|&a| doc.same_entity(a, t)));
        let verb_after = aimed.head > event.head;
        let takes_object =
            !aimed.target.is_empty() && !owned_by_doer && (verb_after || event.target.is_empty());
        if takes_object {
            event.target = aimed.target;
        }
        if event.place.is_empty() {
            event.place = aimed.place;
        }
        event.date = event.date.or(aimed.date);
        event.claim = event.claim.or(aimed.claim);
        event.dead = event.dead.or(aimed.dead);
        event.injured = event.injured.or(aimed.injured);
        event.negated |= aimed.negated;
        event.hedged |= aimed.hedged;
        merged[verb] = true;
    }
    let mut index = 0;
    events.retain(|_| {
        index += 1;
        !merged[index - 1]
    });
}

/// Whether the event is an act of force named by a verb of [`TARGETING_VERBS`] alone, with
/// no conjunction (`واستهدفت` goes on with the subject of the verb before it).
fn is_targeting_verb(doc: &Doc, event: &EventDraft) -> bool {
    let key = doc.key(event.head);
    let bare = OBJECT_PRONOUNS
        .iter()
        .find_map(|pronoun| key.strip_suffix(pronoun).filter(|verb| TARGETING_VERBS.contains(verb)))
        .unwrap_or(key);
    event.event_type == "ASSAULT" && TARGETING_VERBS.contains(&bare)
}

/// The act that is the subject of the verb of aiming `events[verb]`: a noun of force right
/// after it, or the nearest one before it in its clause with no other event, comma or
/// conjunction between (its support verb may stand there: `الغارات التي شنها التحالف
/// استهدفت`), and no other doer named for the verb.
fn act_as_subject(doc: &Doc, events: &[EventDraft], verb: usize) -> Option<usize> {
    let aimed = &events[verb];
    let is_act =
        |e: &EventDraft| e.event_type == "ASSAULT" && e.sentence == aimed.sentence && e.noun.is_some();
    if events.get(verb + 1).is_some_and(|e| e.head == aimed.head + 1 && is_act(e)) {
        return Some(verb + 1);
    }
    let before = verb.checked_sub(1).filter(|&b| is_act(&events[b]))?;
    let act = &events[before];
    let between = act.noun? + 1..aimed.head;
    let plain = between.len() <= ACT_TO_VERB_REACH
        && in_clause_of_act(doc, act.head, aimed.head)
        && !events.iter().any(|e| between.contains(&e.head))
        && !between.clone().any(|at| doc.is_comma(at) || matches!(doc.key(at), "و" | "ف"));
    let same_doer = aimed.actor.is_empty()
        || aimed.actor.iter().any(|&a| act.actor.iter().any(|&b| doc.same_entity(a, b)));
    (plain && same_doer).then_some(before)
}

/// Whether the verb at token `verb` is in the clause of the act at token `act`, or in a
/// relative clause opened right after it (`الغارات التي استهدفت`: a relative pronoun
/// starts a clause).
fn in_clause_of_act(doc: &Doc, act: usize, verb: usize) -> bool {
    let clause = doc.clause_of(verb);
    let opener = clause.start.checked_sub(1);
    clause == doc.clause_of(act)
        || opener
            .is_some_and(|at| is_relative_pronoun(doc.key(at)) && doc.clause_of(at) == doc.clause_of(act))
}

/// Whether a word of violence other than a weapon's stands before token `at` in its clause.
fn follows_a_violent_word(doc: &Doc, at: usize) -> bool {
    let clause = doc.clause_of(at);
    doc.cues_in(clause.start..at).iter().any(|cue| {
        cue.last_token < at
            && doc
                .role_of(cue, |role| match role {
                    CueRole::Trigger { event_type: "ASSAULT", mode, .. } if !WEAPON_MODES.contains(mode) => {
                        Some(())
                    }
                    _ => None,
                })
                .is_some()
    })
}

/// True for a trigger phrase whose last word is a preposition (`تنسيق مع`، `قضاء على`).
fn ends_in_preposition(doc: &Doc, trigger: &Trigger) -> bool {
    let found = trigger.found;
    found.first_token != found.last_token && crate::grammar::is_preposition(doc.key(found.last_token))
}

/// Harm that an act caused (`أسفرت غارات النظام السوري عن مقتل 13 من عناصر داعش`) is done
/// by the actor of the nearest act before it in its sentence.
fn credit_results(events: &mut [EventDraft]) {
    for index in 0..events.len() {
        if !events[index].result || !events[index].actor.is_empty() {
            continue;
        }
        let sentence = events[index].sentence;
        let cause = events[..index]
            .iter()
            .rev()
            .take_while(|e| e.sentence == sentence)
            .find(|e| e.event_type == "ASSAULT" && !e.actor.is_empty())
            .map(|e| e.actor.clone());
        if let Some(actor) = cause {
            events[index].target.retain(|m| !actor.contains(m));
            events[index].actor = actor;
        }
    }
}

/// The pronouns after عن that point a claim of responsibility back to acts named before it
/// (folded): `مسؤوليته عنها`.
const CLAIMED_BACK: &[&str] = &["عنه", "عنها", "عنهم", "عنهما"];

/// `شهدت إندونيسيا هجمات أعلن تنظيم الدولة مسؤوليته عنها`، `قتل 149 شخصا في هجوم ادعى تنظيم
/// الدولة المسؤولية عنه`: a claim of responsibility whose pronoun points back gives its
/// claimer to the attacks its sentence told before it with no doer (not to one denied).
fn credit_acts_claimed_back(doc: &Doc, events: &mut [EventDraft]) {
    let claimed_back = |e: &EventDraft| {
        // The trigger's last token: the one its end falls in.
        let noun = doc.tokens.partition_point(|t| t.end < e.trigger.1);
        e.event_type == "CONCEDE"
            && !e.actor.is_empty()
            && is_responsibility(doc, noun)
            && CLAIMED_BACK.contains(&doc.key(noun + 1))
    };
    for claim in 0..events.len() {
        if !claimed_back(&events[claim]) {
            continue;
        }
        let (sentence, head, claimer) =
            (events[claim].sentence, events[claim].head, events[claim].actor.clone());
        for act in events.iter_mut().filter(|e| e.sentence == sentence && e.head < head) {
            if act.event_type == "ASSAULT" && act.actor.is_empty() && !act.negated {
                act.target.retain(|m| !claimer.contains(m));
                act.actor.clone_from(&claimer);
            }
        }
    }
}

/// `بمقتل 12 من ميليشيات الحوثي وجرح آخرين في قصف مدفعي لقوات الجيش اليمني`، `قتل ثلاثة
/// مدنيين في قصف لقوات النظام`: deaths and wounds told with no doer, then an act named as
/// their cause (after a word of cause) with a doer its sentence names, were done by that
/// doer. Each harm back to the clause's start (or to an act of force that is not a harm,
/// which is the cause of what it follows) takes it, unless the doer is among those harmed
/// (`مقتل 23 من مسلحي أحرار الشام في هجوم`: the act's doer was misread).
fn credit_harm_to_its_cause(doc: &Doc, events: &mut [EventDraft]) {
    for cause in 0..events.len() {
        let named_as_cause = events[cause].head.checked_sub(1).is_some_and(|t| is_word_of_cause(doc.key(t)));
        if !named_as_cause || events[cause].actor.is_empty() || is_harm_event(doc, &events[cause]) {
            continue;
        }
        let (clause, actor) = (doc.clause_of(events[cause].head), events[cause].actor.clone());
        // A doer named in the clause before the act is no doer of its own (`قتل المئات من
        // أفراد الجيش والشرطة في هجمات`: the police were misread as the attackers).
        let named_before = actor
            .iter()
            .filter_map(|&a| doc.first_token_of(a))
            .any(|t| (clause.start..events[cause].head).contains(&t));
        if named_before {
            continue;
        }
        let harmed_itself =
            |harm: &EventDraft| harm.target.iter().any(|&t| actor.iter().any(|&a| doc.same_entity(a, t)));
        for harm in events[..cause].iter_mut().rev().take_while(|e| doc.clause_of(e.head) == clause) {
            if !is_harm_event(doc, harm) {
                break;
            }
            if harm.actor.is_empty() && !harmed_itself(harm) {
                harm.actor.clone_from(&actor);
            }
        }
    }
}

/// Whether an event is a killing or a wounding ([`is_harm`]).
fn is_harm_event(doc: &Doc, event: &EventDraft) -> bool {
    event.event_type == "ASSAULT"
        && doc.cue_match_at(event.head).is_some_and(|found| is_harm(event.mode, doc.stem_of(found)))
}

/// How many tokens before harm a verb of result may stand (`أسفرت غارات النظام السوري
/// المكثفة عن مقتل`).
const RESULT_REACH: usize = 7;

/// True for a noun of harm named as the result of an act: a verb of result before it in its
/// clause, and عن، إلى or ب right before it.
fn is_result_of_act(doc: &Doc, trigger: &Trigger) -> bool {
    let at = trigger.found.first_token;
    let clause = doc.clause_of(at);
    let linked = at.checked_sub(1).is_some_and(|t| matches!(doc.key(t), "عن" | "الي"))
        || trigger.found.proclitics.preposition;
    // `أسفرت عن تقدم نوعي لألوية العمالقة`: ground taken as a result was taken by the one
    // named after it.
    trigger.support.is_none()
        && trigger.event_type == "ASSAULT"
        && trigger.mode != "occupy"
        && matches!(trigger.class, WordClass::Noun)
        && linked
        && (clause.start.max(at.saturating_sub(RESULT_REACH))..at)
            .any(|t| crate::grammar::is_result_verb(doc.key(t)))
}

/// How many sentences back a pronoun subject may find its actor.
const SUBJECT_CARRY: usize = 1;

/// A verb whose subject is only a pronoun takes the actor of the event before it, when that
/// event is in the same sentence or the one before (Arabic drops a subject it keeps talking
/// about) — but not onto an act against that same actor (`… الجيش السوري. عندما نفذت غارات
/// على مواقع الجيش السوري`).
fn carry_subjects(doc: &Doc, claims: &[ClaimDraft], events: &mut [EventDraft]) {
    // The doer last named: its sentence, the doer, whether a claim told the act, and whether
    // the act is one of words (a call, a warning, a condemnation).
    let mut last: Option<(usize, Vec<usize>, bool, bool)> = None;
    // The act of force right before, with the doer its own sentence names: the harm an act
    // named as its cause did.
    let mut previous_force: Option<(usize, Vec<usize>)> = None;
    for event in events.iter_mut() {
        // Whether the doer is one this sentence names (or carries on within itself).
        let mut of_this_sentence = !(event.unnamed_subject && event.actor.is_empty());
        if event.unnamed_subject && event.actor.is_empty() && event.harm_cause {
            if let Some((_, actor)) = previous_force.as_ref().filter(|(s, _)| *s == event.sentence) {
                event.actor = actor.clone();
                event.target.retain(|m| !actor.contains(m));
            }
        } else if event.unnamed_subject && event.actor.is_empty() {
            if let Some((sentence, actor, claimed, of_words)) = &last {
                let against_itself = event
                    .target
                    .iter()
                    .chain(&event.named_after)
                    .any(|&t| actor.iter().any(|&a| doc.same_entity(a, t)));
                // `قال بوغدانوف إن موسكو تدعو إلى ضبط النفس. نفذت الغارات بعد`، `دعا بوغدانوف
                // إلى ضبط النفس. نفذت الغارات`: a doer named in what a speaker said, or a
                // speaker calling, is not the subject of the article's own next act of force.
                let an_act_of_force = FORCE_TYPES.contains(&event.event_type);
                let out_of_the_claim = event.claim.is_none() && (*claimed || (*of_words && an_act_of_force));
                let near = event.sentence == *sentence
                    || (event.sentence <= sentence + SUBJECT_CARRY
                        && !out_of_the_claim
                        && !names_an_actor_before(doc, claims, event));
                if near && !against_itself {
                    event.actor = actor.clone();
                    event.target.retain(|m| !actor.contains(m));
                    of_this_sentence = event.sentence == *sentence;
                } else if near && event.target.iter().all(|&t| is_named_after_la(doc, t, event.sentence)) {
                    // `انسحاباً مفاجئاً للحوثيين`: the one the text talks about, named after
                    // ل, is the doer, not the target.
                    event.actor = std::mem::take(&mut event.target);
                }
            }
        }
        let force = event.event_type == "ASSAULT" && !event.actor.is_empty() && of_this_sentence;
        previous_force = force.then(|| (event.sentence, event.actor.clone()));
        // A backer (`بإسناد من التحالف`) is not who the sentence goes on about, nor a country
        // named in an act's phrase (`بعد غارات إسرائيل على مواقع`).
        if !event.actor.is_empty() && !event.backing && !event.doer_in_phrase {
            let of_words = !FORCE_TYPES.contains(&event.event_type);
            last = Some((event.sentence, event.actor.clone(), event.claim.is_some(), of_words));
        }
    }
}

/// `وتلقّى مجلس الأمن التقرير قبل اجتماع سيعقده`: a sentence that names an actor before an
/// act has moved on to that actor; the subject of the sentence before is no longer the one
/// a dropped subject stands for. The speaker of a claim holding the act only reports it
/// (`وجاء في بيان للمركز الإعلامي: "نفذت طائرات…`): only what is claimed is read.
fn names_an_actor_before(doc: &Doc, claims: &[ClaimDraft], event: &EventDraft) -> bool {
    let Some(sentence) = doc.sentences.get(event.sentence) else { return false };
    let claimed_from = event.claim.and_then(|c| claims.get(c)).map_or(0, |c| c.content.start);
    (sentence.start.max(claimed_from)..event.head)
        .any(|at| doc.mention_at(at).is_some_and(|m| doc.is_actor(m)))
}

/// Whether mention `mention` is named after ل in sentence `sentence` (not an antecedent
/// named elsewhere that a noun of this sentence points back to).
fn is_named_after_la(doc: &Doc, mention: usize, sentence: usize) -> bool {
    let here = doc.first_token_of(mention).and_then(|t| doc.sentence_of(t)) == Some(sentence);
    here && doc.glued_preposition(mention) == Some('ل')
}

/// The trigger matches, each support verb joined to the event noun after it.
fn triggers<'d>(doc: &'d Doc) -> Vec<Trigger<'d>> {
    let mut out = Vec::new();
    let mut taken = vec![false; doc.cues.len()];
    for (index, found) in doc.cues.iter().enumerate() {
        if taken[index] {
            continue;
        }
        if let Some(support) = support_role(doc, found) {
            if let Some(head) = noun_after(doc, index, support) {
                let noun = named_act_after_generic_head(doc, head);
                taken[head] = true;
                taken[noun] = true;
                if let Some(mut trigger) = noun_trigger_of(doc, &doc.cues[noun]) {
                    trigger.support = Some((found, met_as_death(doc, &trigger, support)));
                    out.push(trigger);
                }
            }
            continue;
        }
        if let Some(trigger) = trigger_of(doc, found) {
            out.push(trigger);
        }
    }
    drop_participants_of_acts(doc, &mut out);
    drop_wounds_of_injuries(doc, &mut out);
    drop_generic_heads(doc, &mut out);
    drop_means_of_acts(doc, &mut out);
    out
}

/// `قبل أن يلقى مصرعه`: a light verb (`يلقى` folds as `يلقي`, throws) carrying one's own
/// death (a noun of killing with a pronoun: `مصرعه`، `حتفه`) is undergone, as `لقي` is: its
/// subject died.
fn met_as_death(doc: &Doc, noun: &Trigger, support: Support) -> Support {
    let own_death = KILLING_MODES.contains(&noun.mode) && noun_carries_pronoun(doc, noun.found);
    if support == Support::Light && own_death {
        Support::Undergo
    } else {
        support
    }
}

/// `عمليات حماية`، `حملة اعتقالات`، `عملية نقل`: a weak noun (operation, campaign) right
/// before another event noun is the head of a construct whose second noun names the act;
/// the act is one event, of that noun's type.
fn drop_generic_heads(doc: &Doc, triggers: &mut Vec<Trigger>) {
    let nominal = |t: &Trigger| t.class == WordClass::Noun && t.support.is_none();
    let generic = |t: &Trigger| is_generic_head(doc, t.found);
    let heads: Vec<usize> = triggers
        .windows(2)
        .filter(|pair| {
            let (head, next) = (&pair[0], &pair[1]);
            nominal(head)
                && generic(head)
                && nominal(next)
                && next.found.first_token == head.found.last_token + 1
        })
        .map(|pair| pair[0].found.first_token)
        .collect();
    triggers.retain(|t| !(nominal(t) && heads.contains(&t.found.first_token)));
}

/// Whether a match is one word that names only a generic act (`عملية`، `حملة`).
fn is_generic_head(doc: &Doc, found: &CueMatch) -> bool {
    found.first_token == found.last_token && crate::grammar::is_generic_act_noun(doc.stem_of(found))
}

/// Modes of a noun that names the means of an attack: the arm, the projectile or the device.
const MEANS_MODES: &[&str] = &["artillery", "missile", "bombing", "drone"];

/// `قصفت مدفعية الجيش`، `قذائف مدفعية`، `تفجير سيارة مفخخة`، `انفجرت عبوة ناسفة`: a noun naming
/// the means of an attack right after the word of that attack (its subject, its object or
/// its adjective) is part of that one event, not another. Not after a preposition (`قتل بقصف
/// صاروخي`: the cause, an act of its own), and after the generic heads are gone (`عملية تفجير
/// سيارة مفخخة` is the bombing).
fn drop_means_of_acts(doc: &Doc, triggers: &mut Vec<Trigger>) {
    let is_means_of = |act: &Trigger, next: &Trigger| {
        act.event_type == "ASSAULT"
            && next.event_type == "ASSAULT"
            && next.support.is_none()
            && next.class == WordClass::Noun
            && !next.found.proclitics.preposition
            && !next.found.proclitics.conjunction
            && MEANS_MODES.contains(&next.mode)
            && !names_the_act(doc, next.found)
            && next.found.first_token == act.found.last_token + 1
    };
    let mut index = 1;
    while index < triggers.len() {
        if is_means_of(&triggers[index - 1], &triggers[index]) {
            // `انفجرت سيارة مفخخة`: a means that tells of an attack by itself makes the act's
            // word tell of one (`انفجرت` alone may be a pipe).
            let strong = triggers[index].strong;
            triggers[index - 1].strong |= strong;
            triggers.remove(index);
        } else {
            index += 1;
        }
    }
}

/// First words (folded, without the article) of the nouns in [`MEANS_MODES`] that name the
/// act, not its means: `قتل قصف صاروخي المصور`، `دمرت ضربات صاروخية شنتها الولايات المتحدة`
/// tell of a shelling or strikes, an act with a doer of its own.
const ACT_WORDS: &[&str] =
    &["قصف", "ضربه", "ضربات", "غاره", "غارات", "هجوم", "هجمات", "تفجير", "تفجيرات", "انفجار"];

/// Whether the first word of `found` is one of [`ACT_WORDS`].
fn names_the_act(doc: &Doc, found: &CueMatch) -> bool {
    let key = doc.key(found.first_token);
    let bare = key.strip_prefix("ال").unwrap_or(key);
    ACT_WORDS.contains(&bare)
}

/// `أصيب سبعة آخرون بجروح`: the wounds after a verb of injury in the same clause say how
/// they were hurt; they are that one event.
fn drop_wounds_of_injuries(doc: &Doc, triggers: &mut Vec<Trigger>) {
    let verbs: Vec<(usize, std::ops::Range<usize>)> = triggers
        .iter()
        .filter(|t| t.event_type == "ASSAULT" && matches!(t.class, WordClass::Past | WordClass::Present))
        .map(|t| (t.found.last_token, doc.clause_of(t.found.first_token)))
        .collect();
    triggers.retain(|t| {
        let at = t.found.first_token;
        !(t.class == WordClass::Noun
            && crate::grammar::is_wound_noun(doc.key(at))
            && verbs.iter().any(|(verb, clause)| *verb < at && clause.contains(&at)))
    });
}

/// `تجمع آلاف المتظاهرين`: the participants (a participle trigger) of an act named by a verb
/// of the same type in the same clause are part of that one event, not another.
fn drop_participants_of_acts(doc: &Doc, triggers: &mut Vec<Trigger>) {
    let verbs: Vec<(&str, std::ops::Range<usize>)> = triggers
        .iter()
        .filter(|t| matches!(t.class, WordClass::Past | WordClass::Present))
        .map(|t| (t.event_type, doc.clause_of(t.found.first_token)))
        .collect();
    triggers.retain(|t| {
        t.class != WordClass::Participle
            || !verbs
                .iter()
                .any(|(kind, clause)| *kind == t.event_type && clause.contains(&t.found.first_token))
    });
}

/// A force verb with a place for its object reports an act even when its doer is only a
/// pronoun or a common noun (`حررت القوات قرية هجين`، `انسحبوا من البوكمال`).
fn takes_ground(doc: &Doc, trigger: &Trigger) -> bool {
    let verbal = matches!(trigger.class, WordClass::Past | WordClass::Present);
    let found = trigger.found;
    let clause = doc.clause_of(found.first_token);
    let near = found.last_token + 1..(found.last_token + 4).min(clause.end);
    verbal
        && FORCE_TYPES.contains(&trigger.event_type)
        && near
            .into_iter()
            .any(|at| doc.mention_at(at).is_some_and(|m| doc.is_place(m) && !doc.stands_for_state(m)))
}

/// A trigger with nobody named still reports an act when a crowd is counted at it (`آلاف
/// المتظاهرين`) or when its participants are named in its clause (`تجمع … المتظاهرين`, whose
/// participle was folded into the verb).
fn is_backed(doc: &Doc, trigger: &Trigger) -> bool {
    let found = trigger.found;
    // A count of weapons (`28 طائرة بدون طيار`) reports what someone has, not what they did;
    // a count of people (`آلاف المتظاهرين`، `أربعة قتلى`) tells of the act.
    let counted = !WEAPON_MODES.contains(&trigger.mode)
        && found.first_token.checked_sub(1).is_some_and(|t| doc.counts_at(t));
    let clause = doc.clause_of(found.first_token);
    let participants_nearby = doc.cues_in(clause).iter().any(|other| {
        other.first_token != found.first_token && doc.cue_entries(other).any(|cue| {
            cue.class == WordClass::Participle
                && matches!(cue.role, CueRole::Trigger { event_type, .. } if event_type == trigger.event_type)
        })
    });
    counted || participants_nearby
}

fn support_role(doc: &Doc, found: &CueMatch) -> Option<Support> {
    let has_trigger = doc.role_of(found, |r| matches!(r, CueRole::Trigger { .. }).then_some(())).is_some();
    if has_trigger {
        return None;
    }
    // `تلقى` (he received) folds as `تلقي` (she throws, of ألقى): written with ى it is the
    // perfect of undergoing.
    let undergoes = doc.cue_entries(found).any(|cue| matches!(cue.role, CueRole::Undergo));
    if undergoes && doc.raw(found.first_token).ends_with('ى') {
        return Some(Support::Undergo);
    }
    doc.role_of(found, |role| match role {
        CueRole::Light => Some(Support::Light),
        CueRole::Control => Some(Support::Control),
        CueRole::Undergo => Some(Support::Undergo),
        _ => None,
    })
}

/// The event noun a support verb at cue `index` carries: the next nominal trigger in its
/// clause within a few tokens (for a verb of managing, see [`control_noun`]).
fn noun_after(doc: &Doc, index: usize, support: Support) -> Option<usize> {
    let verb = doc.cues.get(index)?;
    let clause = doc.clause_of(verb.first_token);
    // `شنت طائرات روسية، الجمعة، غارات`: past a date set off by commas.
    let reach = (verb.last_token + 1 + SUPPORT_REACH).min(doc.reach_over_set_off_dates(clause.end));
    // `ضربات شنها الحلف`: a support verb carrying its object as a pronoun points back to the
    // noun before it; it carries none after.
    match support {
        Support::Light if carries_object_pronoun(doc, verb) => return None,
        Support::Control => return control_noun(doc, index, reach),
        _ => {}
    }
    // `شنت اللجنة في تقرير لتقصي الحقائق هجوما`، `استئناف جهودها لإخراج`: a noun after ل is
    // what the act is for, not what a light verb carries (its object, or its noun after ب:
    // `قام بشن`). One undergone follows ل (`تعرض لهجوم`), and so does a light noun's object
    // right after the noun or its doer (`إطلاق الحوثيين للصواريخ`، `تنفيذ التنظيم لهجوم`).
    let light_noun = !doc.may_be_verb(verb);
    let for_purpose = |found: &CueMatch| {
        let object_of_noun = light_noun
            && found.first_token.checked_sub(1).is_some_and(|before| {
                before == verb.last_token || doc.mention_at(before).is_some_and(|m| doc.is_actor(m))
            });
        doc.has_glued_preposition(found, 'ل') && !object_of_noun
    };
    let noun = (index + 1..doc.cues.len())
        .take_while(|&i| doc.cues[i].first_token < reach)
        // A backing phrase is no act a light verb carries (`يواصل الجيش بدعم من التحالف`);
        // one undergone is the backing its subject was given (`حظيت الحكومة بدعم من السعودية`).
        .filter(|&i| support == Support::Undergo || !opens_backing_phrase(doc, &doc.cues[i]))
        .filter(|&i| support != Support::Light || !for_purpose(&doc.cues[i]))
        .find(|&i| trigger_of(doc, &doc.cues[i]).is_some_and(|t| is_nominal(t.class)))?;
    let explained = || doc.cues[noun].first_token.checked_sub(1).is_some_and(|t| doc.key(t) == "من");
    (!points_back_through_preposition(doc, verb, support) || explained()).then_some(noun)
}

/// How many words (adjectives, a count) may stand between a projectile and the `على` that
/// says what it was fired at (`صاروخا باليستيا على`).
const FIRED_AT_REACH: usize = 3;

/// `أطلقت دبابة إسرائيلية قذيفة على مقاتليها`، `أطلق المسلحون صواريخ على المدينة`: a shell or a
/// missile a light verb launched at something (`على` after it) was an attack, whoever fired
/// it; launched at nothing named (`أطلقت كوريا الشمالية صاروخا`) it may be a test.
fn fired_at_someone(doc: &Doc, trigger: &Trigger) -> bool {
    // The cheap tests first: this is asked of every trigger.
    let light = matches!(trigger.support, Some((_, Support::Light)));
    if !light || !is_projectile_trigger(trigger) {
        return false;
    }
    let found = trigger.found;
    let clause_end = doc.clause_of(found.first_token).end;
    let mut reach = found.last_token + 1..(found.last_token + 1 + FIRED_AT_REACH).min(clause_end);
    reach.any(|at| doc.key(at) == "علي")
}

/// Modes of the shells and missiles an attack is fired with.
const PROJECTILE_MODES: &[&str] = &["artillery", "missile"];

/// Whether a trigger names a shell or a missile (ASSAULT in one of [`PROJECTILE_MODES`]).
fn is_projectile_trigger(trigger: &Trigger) -> bool {
    trigger.event_type == "ASSAULT" && PROJECTILE_MODES.contains(&trigger.mode)
}

/// `أصاب صاروخ إسرائيلي السيارة`، `ضربت قذيفة منزلا`: a verb of hitting whose subject, right
/// after it, is a shell or a missile tells of an attack, whoever fired it.
fn struck_by_projectile(doc: &Doc, trigger: &Trigger) -> bool {
    let verb = trigger.support.is_none() && matches!(trigger.class, WordClass::Past | WordClass::Present);
    if !verb || trigger.event_type != "ASSAULT" {
        return false;
    }
    // A dual in -ين is an object (`تدمر صاروخين`, destroys two missiles), not a subject.
    doc.cue_match_at(trigger.found.last_token + 1)
        .filter(|found| !doc.raw(found.last_token).ends_with("ين"))
        .is_some_and(|found| is_projectile(doc, found))
}

/// Whether a match, read as a noun, names a shell or a missile.
fn is_projectile(doc: &Doc, found: &CueMatch) -> bool {
    reading_of(doc, found, |class| class == WordClass::Noun).is_some_and(|t| is_projectile_trigger(&t))
}

/// `نفذ مسلحون عملية خطف`، `شنت القوات حملة اعتقالات`: a support verb's noun that is only a
/// generic act (`عملية`، `حملة`) with another event noun right after it carries that noun,
/// which names the act: one event of its type, as [`drop_generic_heads`] makes of the bare
/// construct. The index of the cue the support verb carries.
fn named_act_after_generic_head(doc: &Doc, noun: usize) -> usize {
    let head = &doc.cues[noun];
    let generic = is_generic_head(doc, head);
    let next = doc.cues.get(noun + 1).filter(|next| {
        generic
            && next.first_token == head.last_token + 1
            && reading_of(doc, next, |class| class == WordClass::Noun).is_some()
            // `نفذت القوات العملية بطلب من الحكومة`: at whose request, not what was done.
            && !opens_request_phrase(doc, next)
    });
    next.map_or(noun, |_| noun + 1)
}

/// `ويواصل الجيش اليمني بإسناد من التحالف العملية`: a backing phrase, a backing word with
/// its backer after من (past one adjective: `بإسناد جوي من`), is said of the act, never a
/// support verb's own noun (as `قامت واشنطن بدعم قسد` is).
fn opens_backing_phrase(doc: &Doc, found: &CueMatch) -> bool {
    let at = found.first_token;
    crate::grammar::is_backing_word(doc.key(at)) && (doc.key(at + 1) == "من" || doc.key(at + 2) == "من")
}

/// `يواصل الجيش بدعم من #التحالف`: a backing phrase whose backer is no actor known tells
/// of no act that can be coded: the subject before it is the one backed, never the backer.
fn backer_unnamed(doc: &Doc, trigger: &Trigger) -> bool {
    let clause_end = doc.clause_of(trigger.found.first_token).end;
    trigger.support.is_none()
        && opens_backing_phrase(doc, trigger.found)
        && backer_named_after(doc, trigger, clause_end).is_none()
}

/// Pronouns a preposition carries when it points back to a noun (`به`، `لها`، `بهم`).
const CARRIED_PRONOUNS: &[&str] = &["ه", "ها", "هم", "هما", "هن"];

/// `تحقيق قام به جنرال`، `الاعتداءات التي يتعرض لها موظفو المعونة`: a support verb whose own
/// preposition (ب after a light verb, ل after a verb of undergoing) carries a pronoun has its
/// event noun before it, as the pronoun's antecedent; a noun after it is another act's, but
/// for the one that من explains (`ما تعرض له من تعذيب`).
fn points_back_through_preposition(doc: &Doc, verb: &CueMatch, support: Support) -> bool {
    let own = match support {
        Support::Light => 'ب',
        Support::Undergo => 'ل',
        Support::Control => return false,
    };
    let key = doc.key(verb.last_token + 1);
    key.strip_prefix(own).is_some_and(|pronoun| CARRIED_PRONOUNS.contains(&pronoun))
}

/// The event noun a verb of managing at cue `index` governs: the word right after the first
/// preposition after it (`تمكنت القوات من طرد داعش`، `نجح في إبرام`). A word further on is
/// another verb's business (`تمكنت من صد هجوم`، `لم ينجح في إقناع أحد بتبني مطالبه`).
fn control_noun(doc: &Doc, index: usize, reach: usize) -> Option<usize> {
    let verb = doc.cues.get(index)?;
    let preposition = (verb.last_token + 1..reach).find(|&t| crate::grammar::is_preposition(doc.key(t)))?;
    let noun = (index + 1..doc.cues.len())
        .take_while(|&i| doc.cues[i].first_token <= preposition + 1)
        .find(|&i| doc.cues[i].first_token == preposition + 1)?;
    noun_trigger_of(doc, &doc.cues[noun]).is_some().then_some(noun)
}

/// Whether the match's first word ends in tanween (ً ٌ ٍ, on its last letter or on the letter
/// before a final alef: `هجوماً`، `هجومًا`). A tanween sign inside a word is a damma mistyped
/// (`قٌتل`).
fn ends_in_tanween(doc: &Doc, found: &CueMatch) -> bool {
    let is_tanween = |c: char| matches!(c, '\u{064B}' | '\u{064C}' | '\u{064D}');
    let raw = doc.raw(found.first_token);
    let mut tail = raw.chars().rev().filter(|c| !c.is_ascii_punctuation());
    match (tail.next(), tail.next()) {
        (Some(last), _) if is_tanween(last) => true,
        (Some('ا'), Some(before)) => is_tanween(before),
        _ => false,
    }
}

/// The reading of a match as an event noun (`طرد` is also a perfect verb: after the
/// preposition of a verb of managing, `تمكنت القوات من طرد داعش`, it is the noun).
fn noun_trigger_of<'d>(doc: &'d Doc, found: &'d CueMatch) -> Option<Trigger<'d>> {
    reading_of(doc, found, is_nominal)
}

fn trigger_of<'d>(doc: &'d Doc, found: &'d CueMatch) -> Option<Trigger<'d>> {
    // `عارضاً صورة` (displaying a picture): a word ending in tanween is a noun, a participle
    // or an adverb, never a verb.
    if ends_in_tanween(doc, found) {
        return reading_of(doc, found, |class| !matches!(class, WordClass::Past | WordClass::Present));
    }
    // `بعد طرد داعش منها`: a noun of driving out after a preposition is the noun, its
    // genitive the side driven out (a perfect there would need أن).
    // `للاشتباه في دعمه الحوثيين`: so is any other noun carrying a pronoun there, the name
    // after it its object (violence and coercion keep the verb's reading there, which tells a
    // killing with its victim in the pronoun, `قبل قتله`).
    let owned_noun_of_relations = || {
        noun_carries_pronoun(doc, found)
            && noun_trigger_of(doc, found).is_some_and(|t| !matches!(t.event_type, "ASSAULT" | "COERCE"))
    };
    let noun_place = stands_where_a_noun_does(doc, found)
        && (carries_its_object(doc, found) || is_expelling_word(doc, found) || owned_noun_of_relations());
    if follows_passive_auxiliary(doc, found)
        || noun_place
        || is_possessed_noun_only(doc, found)
        || taken_up_by_a_support_verb(doc, found)
        || is_object_of_saying(doc, found)
    {
        if let Some(noun) = noun_trigger_of(doc, found) {
            return Some(noun);
        }
    }
    reading_of(doc, found, |_| true)
}

/// `جراء قصف نفذته قوات النظام`، `في قصف عنيف نفذته`: a word of force spelled as a perfect
/// and as its verbal noun, with a support verb carrying its pronoun right after it (past one
/// adjective of the act), is the noun: the verb's subject after it did the act (no perfect
/// takes another perfect so).
fn taken_up_by_a_support_verb(doc: &Doc, found: &CueMatch) -> bool {
    // Asked of every trigger: most have no cue in the next two words, which one lookup tells.
    let after = found.last_token + 1;
    if doc.cue_at(after).is_none() && doc.cue_at(after + 1).is_none() {
        return false;
    }
    let at = after + usize::from(crate::grammar::is_act_adjective(doc.key(after)));
    // Only acts of force: `رفض إقامته` is a refusal of its holding, not a verb after a noun.
    support_verb_between(doc, at, at + 1).is_some()
        && matches!(act_type_of(doc, found), Some("ASSAULT" | "COERCE"))
}

/// The doer named with ل right after a trigger read as a perfect verb that stands where only a
/// noun may (`في قصف لقوات النظام`، `خلال هجوم لتنظيم داعش`: right after a preposition written
/// as a word of its own, not من، حتى or منذ, which may open a clause). A noun of harm has its
/// victim there (`في قتل للمدنيين`), and one of help or backing its recipient (`عن دعم للجيش`).
fn doer_after_noun_read_as_verb(doc: &Doc, trigger: &Trigger) -> Option<Vec<usize>> {
    let found = trigger.found;
    let after_preposition = preposition_word_before(doc, found).is_some_and(|key| key != "منذ");
    if trigger.support.is_some()
        || !after_preposition
        || VICTIM_MODES.contains(&trigger.mode)
        || RECIPIENT_TYPES.contains(&trigger.event_type)
    {
        return None;
    }
    // `في هجوم عنيف لداعش`، `عن تقدم نوعي لألوية العمالقة`: past an adjective of the act.
    let after = found.last_token + 1;
    let at = after + usize::from(crate::grammar::is_act_adjective(doc.key(after)));
    let named = doc.mention_at(at)?;
    let starts_there = doc.first_token_of(named) == Some(at);
    (starts_there && doc.is_actor(named) && doc.glued_preposition(named) == Some('ل'))
        .then(|| coordinated(doc, named))
}

/// Words after which a noun of request glued to ل says at whose request something was done
/// (`تلبية لطلب`، `استجابة لدعوة`; folded).
const ANSWERING_WORDS: &[&str] = &["تلبيه", "استجابه"];

/// `بناء على طلب الولايات المتحدة`، `بطلب من فرنسا`، `بدعوة من الرئيس`، `تلبية لدعوة بوتين`:
/// a noun of request after على, with ب glued to it, or with ل after a word of answering, says
/// at whose request the sentence's act was done. The one named right after the noun (or after
/// من) asked; the doer named before the noun was asked. Read as a plain noun, the name after
/// the noun was taken for the one asked and the doer before for the asker.
fn at_the_request_of(
    doc: &Doc,
    trigger: &Trigger,
    sentence_start: usize,
) -> Option<(Vec<usize>, Vec<usize>)> {
    let found = trigger.found;
    if trigger.event_type != "DEMAND" || trigger.support.is_some() || !opens_request_phrase(doc, found) {
        return None;
    }
    let next = found.last_token + 1;
    let at = if doc.key(next) == "من" { next + 1 } else { next };
    let named = doc.mention_at(at).filter(|&m| doc.first_token_of(m) == Some(at))?;
    let party = doc.is_actor(named) || doc.stands_for_state(named);
    if !party || doc.glued_preposition(named).is_some() {
        return None;
    }
    let asker = coordinated(doc, named);
    let asked = match subject_before(doc, found.first_token, sentence_start) {
        Before::Actors(group) => {
            group.into_iter().filter(|&m| !asker.iter().any(|&a| doc.same_entity(a, m))).collect()
        }
        _ => Vec::new(),
    };
    Some((asker, asked))
}

/// Whether a noun of request opens a phrase of at whose request (after على, with ب glued, or
/// with ل after a word of answering: [`at_the_request_of`]).
fn opens_request_phrase(doc: &Doc, found: &CueMatch) -> bool {
    let noun = doc.cue_entries(found).any(|cue| {
        cue.class == WordClass::Noun && matches!(cue.role, CueRole::Trigger { event_type: "DEMAND", .. })
    });
    let glued = |letter: char| found.proclitics.preposition && doc.key(found.first_token).starts_with(letter);
    let before = found.first_token.checked_sub(1).map_or("", |t| doc.key(t));
    noun && (glued('ب')
        || (glued('ل') && ANSWERING_WORDS.contains(&before))
        || (!found.proclitics.preposition && before == "علي"))
}

/// Feminine perfects (folded) of verbs that take their object after a preposition, spelled
/// like their verbal noun in ة before a pronoun: سيطر على (`سيطرتها`: its control).
const PREPOSITIONAL_FEMININE_PERFECTS: &[&str] = &["سيطرت"];

/// `أكد التحالف تقدم الجيش الوطني`: a word right after a verb of saying and the speaker
/// named after it is the verb's object, a noun (a perfect there would need أن), and its
/// genitive is its doer or its object, as the noun's. Not one joined by و, which opens a
/// clause of its own, nor one carrying a pronoun (`أكد رفضه`), which its own rules read.
fn is_object_of_saying(doc: &Doc, found: &CueMatch) -> bool {
    // Asked of every trigger: the cheap tests first, the word's pronoun only after a name.
    let Some(before) = found.first_token.checked_sub(1) else { return false };
    if found.proclitics.conjunction || doc.mention_at(before).is_none() || doc.cue_at(before).is_some() {
        return false;
    }
    let verb_of_saying = |at: usize| {
        doc.cue_match_at(at).is_some_and(|cue| {
            doc.cue_entries(cue).any(|entry| {
                matches!(entry.role, CueRole::Claim { .. })
                    && matches!(entry.class, WordClass::Past | WordClass::Present)
            })
        })
    };
    let speaker = doc
        .mention_at(before)
        .filter(|&m| doc.last_token_of(m) == Some(before) && (doc.is_actor(m) || doc.stands_for_state(m)));
    speaker
        .and_then(|m| doc.first_token_of(m))
        .and_then(|first| first.checked_sub(1))
        .is_some_and(verb_of_saying)
        && !noun_carries_pronoun(doc, found)
}

/// `مناطق سيطرتها`، `أحكمت سيطرتها`: a word spelled both as a feminine perfect with an object
/// pronoun and as a verbal noun with a possessive is the noun when the verb never takes its
/// object as a pronoun (سيطر takes it after على: `سيطرت عليها`).
fn is_possessed_noun_only(doc: &Doc, found: &CueMatch) -> bool {
    let stem = doc.stem_of(found);
    PREPOSITIONAL_FEMININE_PERFECTS
        .iter()
        .any(|perfect| stem.strip_prefix(perfect).is_some_and(|suffix| OBJECT_PRONOUNS.contains(&suffix)))
}

/// `قبل دحرها من المخا`، `بعد طرده`: after a preposition, glued or written apart, a word
/// spelled both as a perfect verb with an object pronoun and as its verbal noun with a
/// possessive is the noun (a perfect after a preposition needs أن or ما between). Not after
/// من, which is also "who" (`من طرده`), nor حتى, which may open a clause.
fn stands_where_a_noun_does(doc: &Doc, found: &CueMatch) -> bool {
    found.proclitics.preposition || preposition_word_before(doc, found).is_some()
}

/// `تم طرد التنظيم`، `جرى اعتقال القيادي`: a word right after a verb that makes the verbal
/// noun after it passive is that noun (`طرد` is also a perfect), and what follows it is what
/// was done to.
pub(crate) fn follows_passive_auxiliary(doc: &Doc, found: &CueMatch) -> bool {
    found.first_token.checked_sub(1).is_some_and(|t| crate::grammar::is_passive_auxiliary(doc.key(t)))
}

/// The preposition written as a word of its own right before a match, but for من (also "who")
/// and حتى (which may open a clause).
fn preposition_word_before<'d>(doc: &'d Doc, found: &CueMatch) -> Option<&'d str> {
    let key = doc.key(found.first_token.checked_sub(1)?);
    (key != "من" && key != "حتي" && crate::grammar::is_preposition(key)).then_some(key)
}

/// The first trigger reading of a match whose word class `keep` allows.
fn reading_of<'d>(
    doc: &'d Doc,
    found: &'d CueMatch,
    keep: impl Fn(WordClass) -> bool,
) -> Option<Trigger<'d>> {
    // Folding writes ة as ه: `قبضة` (grip) meets `قبضه` (arrested him, his arrest). A word
    // written with ة is no listed form without it, but for a participle's feminine.
    let written_with_ta = ends_in_ta_marbuta(doc.raw(found.first_token));
    let possible = |class: WordClass, first_word: &str| {
        !written_with_ta || first_word.ends_with('ه') || class == WordClass::Participle
    };
    doc.cue_entries_folded(found).find_map(|(cue, _, first_word)| match cue.role {
        CueRole::Trigger { event_type, mode, strong }
            if keep(cue.class) && possible(cue.class, first_word) =>
        {
            Some(Trigger { found, event_type, mode, strong, class: cue.class, support: None })
        }
        _ => None,
    })
}

/// Event nouns that, with a glued ب or in the accusative, are adverbs (folded, after a glued
/// و): `بالضبط` (exactly, not "by the seizure"), `بعنف` (violently: `هاجم الوزير بعنف مستشار
/// الأمن القومي`, in words), `سلبا` (negatively: `أثرت سلبا على الأسواق`, not a robbery).
const ADVERBS: &[&str] = &["بالضبط", "بعنف", "سلبا"];

/// Trigger words whose folded letters are also another word's, told apart by a hamza as
/// written: the folded word, the letter, and whether the trigger's word has it. `بائع`
/// (seller) is not `بايع` (pledged allegiance), `الأبعاد` (dimensions) not `الإبعاد`
/// (deportation), and `ثار` without its hamza raged (`ثار غضب`), where `ثأر` is revenge.
const HAMZA_SPELLINGS: &[(&str, char, bool)] =
    &[("بايع", 'ئ', false), ("ابعاد", 'أ', false), ("ثار", 'أ', true)];

/// `أحكمت قبضتها على`، `لتعزيز قبضته على السلطة`: one arrests with على (`قبض عليه`), never
/// with an object pronoun; قبض with one is the noun قبضة, a grip.
const GRIPS: &[&str] = &["قبضته", "قبضتها", "قبضتهم", "قبضتهما"];

/// The match's stem without the article (`المتهم` → `متهم`): the word the rules of this file
/// compare with their lists.
fn bare_stem<'d>(doc: &'d Doc, found: &CueMatch) -> &'d str {
    let stem = doc.stem_of(found);
    stem.strip_prefix("ال").unwrap_or(stem)
}

/// Whether the trigger is written as the other word of [`HAMZA_SPELLINGS`], or is a grip
/// ([`GRIPS`]).
fn spelled_as_another_word(doc: &Doc, trigger: &Trigger) -> bool {
    let found = trigger.found;
    let stem = bare_stem(doc, found);
    if trigger.event_type == "COERCE" && GRIPS.contains(&stem) {
        return true;
    }
    let raw = doc.raw(found.first_token);
    HAMZA_SPELLINGS.iter().any(|&(word, letter, trigger_has)| {
        found.first_token == found.last_token && stem == word && raw.contains(letter) != trigger_has
    })
}

/// Nouns of manner that make the word after them an adjective (`بشكل قاطع`، `بصورة حاسمة`).
const MANNER_NOUNS: &[&str] = &["بشكل", "بصوره", "بطريقه"];

/// `بعد 50 عاما بالضبط`: an adverb spelled like an event noun; `أدين بشكل قاطع`: an
/// adjective of manner spelled like a verb (قاطع, boycotted, is also "categorical").
fn is_an_adverb(doc: &Doc, trigger: &Trigger) -> bool {
    let after_manner_noun =
        || trigger.found.first_token.checked_sub(1).is_some_and(|at| MANNER_NOUNS.contains(&doc.key(at)));
    trigger.support.is_none()
        && (ADVERBS.contains(&doc.after_conjunction(trigger.found))
            || after_manner_noun()
            || is_in_return_for(doc, trigger.found))
}

/// Words before أمد that make it the noun "term" (folded): lengthening, and منذ (`إطالة أمد
/// الصراع`، `يطيل أمد الحرب`، `منذ أمد طويل`).
const TERM_OPENERS: &[&str] = &["اطاله", "يطيل", "تطيل", "اطال", "تطويل", "طول", "منذ"];

/// Adjectives of length after أمد that make it the noun "term" (`أمد بعيد`; folded).
const TERM_LENGTHS: &[&str] = &["طويل", "بعيد", "قصير"];

/// `إطالة أمد الأزمة اليمنية`، `خصم منذ أمد طويل`: أمد (supplied) is spelled like the noun
/// أمد (term, duration), which lengthening, منذ or an adjective of length around it tell.
fn is_a_term_of_time(doc: &Doc, trigger: &Trigger) -> bool {
    let found = trigger.found;
    if trigger.event_type != "AID" || found.first_token != found.last_token || bare_stem(doc, found) != "امد"
    {
        return false;
    }
    let opened = found.first_token.checked_sub(1).is_some_and(|at| TERM_OPENERS.contains(&doc.key(at)));
    opened || TERM_LENGTHS.contains(&doc.key(found.last_token + 1))
}

/// Words of a price that may follow `لقاء` "in return for" (folded): a sum, a value, a fee.
const PRICE_WORDS: &[&str] = &["مبلغ", "قيمه", "ثمن", "رسوم"];

/// `انتقل إلى الهلال لقاء 20 مليون ريال`، `لقاء قيمة كسر عقده`: `لقاء` bare, before a number
/// or a price, is the preposition "in return for", not a meeting.
fn is_in_return_for(doc: &Doc, found: &CueMatch) -> bool {
    let after = found.last_token + 1;
    let priced = doc.tokens.get(after).is_some_and(|t| t.kind == marsad_text::token::TokenKind::Number)
        || PRICE_WORDS.contains(&doc.key(after));
    found.first_token == found.last_token
        && found.proclitics.letters == 0
        && doc.key(found.first_token) == "لقاء"
        && priced
}

/// `16000 طالب`، `كل طالب`، `قتل طالب`: a weak past form right after a number, كل or a verb
/// of force is the noun it is spelled like (a student), not a verb (demanded): a counted
/// thing follows those, and a verb's subject or object follows it. (After a preposition the
/// same letters are most often the verbal noun of the act, `على طلب`.)
fn is_a_noun_after_a_counter(doc: &Doc, trigger: &Trigger) -> bool {
    // Counted people may be the subject of a verb of force (`طياري سي-130 أصيبا`).
    let weak_verb = trigger.support.is_none()
        && !trigger.strong
        && trigger.class == WordClass::Past
        && !FORCE_TYPES.contains(&trigger.event_type)
        && !trigger.found.proclitics.conjunction;
    let counter = |before: usize| {
        // A year or a day ends a date, after which a verb opens the sentence (`في 7 يونيو
        // 2017 طلب`).
        let number = doc.tokens[before].kind == marsad_text::token::TokenKind::Number
            && doc.mention_at(before).is_none_or(|m| !doc.is_date(m));
        doc.key(before) == "كل" || number || is_verb_of_force(doc, before)
    };
    weak_verb && trigger.found.first_token.checked_sub(1).is_some_and(counter)
}

/// Whether token `at` is a perfect verb of force or coercion on its own (`قتل`، `أصيب`،
/// `اعتقل`): a weak verb form right after one is its subject or object, a noun (`قتل طالب
/// برصاص`: a student was killed).
fn is_verb_of_force(doc: &Doc, at: usize) -> bool {
    doc.cue_match_at(at).is_some_and(|found| {
        found.first_token == at
            && found.last_token == at
            && doc.cue_entries(found).any(|cue| {
                cue.class == WordClass::Past
                    && matches!(cue.role, CueRole::Trigger { event_type: "ASSAULT" | "COERCE", .. })
            })
    })
}

/// How far after قبض its على may stand, past the subject and a place (`قبضت قوات الجيش
/// اليمني في مديرية كتاف بمحافظة صعدة، على عصابة`).
const SEIZED_REACH: usize = 12;

/// `توقف` is the present of أوقف for a feminine subject (she arrests) only in writing: in news
/// it is the perfect or the verbal noun of توقّف (`توقف الحوثيون عن صرف الرواتب`، `توقف
/// المباحثات`، `توقف رصيد الفريق`), which stops, never arrests.
fn stops_not_arrests(doc: &Doc, trigger: &Trigger) -> bool {
    let found = trigger.found;
    trigger.event_type == "COERCE"
        && trigger.support.is_none()
        && found.first_token == found.last_token
        && doc.stem_of(found) == "توقف"
}

/// What أوقف halts rather than arrests (folded, without the article or a pronoun): money,
/// trade, traffic, talks, work and broadcasts (`أوقفت الولايات المتحدة تمويلها`، `أوقف
/// الكونغرس صفقة بيع`، `أوقفت كوريا الجنوبية بث الدعايات`).
const HALTED_THINGS: &[&str] = &[
    "تمويل",
    "بيع",
    "نقل",
    "دخول",
    "توزيع",
    "بث",
    "عمل",
    "انشطه",
    "نشاط",
    "عمليات",
    "محادثات",
    "مفاوضات",
    "صادرات",
    "واردات",
    "تصدير",
    "استيراد",
    "صفقه",
    "صفقات",
    "منحه",
    "مساعدات",
    "دعم",
    "اطلاق",
    "برنامج",
    "رحلات",
    "انتاج",
    "ضخ",
    "صرف",
    "مشروع",
    "تجارب",
    "اختبارات",
    "انطلاقه",
    "تعاون",
    "حرب",
    "قتال",
    "هجوم",
    "تقدم",
    "زحف",
    "خدمه",
    "خدمات",
];

/// How many words after أوقف its object is looked for, past its subject and time words.
const HALTED_REACH: usize = 6;

/// `أوقفت الولايات المتحدة تمويلها للأونروا`، `أوقفت السعودية، الأحد، كل الأنشطة`: أوقف with
/// a thing for object ([`HALTED_THINGS`], or the noun of another act) halts it; it arrests
/// only people. The token of the thing halted.
fn halted_thing(doc: &Doc, trigger: &Trigger) -> Option<usize> {
    let found = trigger.found;
    let verb = trigger.event_type == "COERCE"
        && trigger.support.is_none()
        && found.first_token == found.last_token
        && matches!(trigger.class, WordClass::Past | WordClass::Present)
        && doc.stem_of(found).contains("وقف");
    if !verb {
        return None;
    }
    // Past commas that set off a time (`أوقفت السعودية، الأحد، كل الأنشطة`): to the sentence's end.
    let sentence_end = doc.sentence_end_of(found.first_token);
    let end = sentence_end.min(found.last_token + 1 + HALTED_REACH);
    let mut at = found.last_token + 1;
    while at < end {
        if let Some(last) = doc.mention_at(at).and_then(|m| doc.last_token_of(m)) {
            at = last + 1;
            continue;
        }
        let key = doc.key(at);
        let passed = crate::grammar::is_time_word(key)
            || is_adverb_at(doc, at)
            || doc.is_comma(at)
            || matches!(key, "كل" | "جميع" | "مؤقتا");
        if !passed {
            return is_halted_thing(doc, at).then_some(at);
        }
        at += 1;
    }
    None
}

/// `أوقف التحالف ضرباته العسكرية`، `أوقفت القوات هجومها`: what a side halts is its own
/// violence (the noun of an attack, not of an entry: `دخول بضائع`), a step back. Operations
/// are military only when said so (`عمليات البحث`، `عملية التصوير` are not).
fn halts_its_fighting(doc: &Doc, thing: usize) -> bool {
    let key = doc.key(thing);
    let bare = key.strip_prefix("ال").unwrap_or(key);
    let operations = bare.starts_with("عملي");
    let military = || doc.key(thing + 1).ends_with("عسكريه");
    let attack = doc.cue_match_at(thing).is_some_and(|m| {
        m.first_token == thing
            && noun_trigger_of(doc, m).is_some_and(|t| t.event_type == "ASSAULT" && t.mode != "occupy")
    });
    (attack && (!operations || military())) || matches!(bare, "حرب" | "قتال")
}

/// Whether the word at `at` is a thing أوقف halts: listed, or the noun of an act.
fn is_halted_thing(doc: &Doc, at: usize) -> bool {
    let key = doc.key(at);
    let bare = key.strip_prefix("ال").unwrap_or(key);
    let unowned = ["ها", "هم", "ه"].iter().find_map(|p| bare.strip_suffix(p)).unwrap_or(bare);
    let act = doc.cue_match_at(at).is_some_and(|m| m.first_token == at && noun_trigger_of(doc, m).is_some());
    HALTED_THINGS.contains(&bare) || HALTED_THINGS.contains(&unowned) || act
}

/// `قبض أموالا` (received money), `يقبض راتبه`: the verb قبض arrests only with على after it
/// (`قبض على`، `قبض الأمن عليه`); without it, it takes or receives.
fn receives_not_arrests(doc: &Doc, trigger: &Trigger) -> bool {
    let found = trigger.found;
    let verb = trigger.support.is_none()
        && found.first_token == found.last_token
        && matches!(trigger.class, WordClass::Past | WordClass::Present)
        && ["قبض", "يقبض", "تقبض"].iter().any(|verb| doc.stem_of(found).starts_with(verb));
    let has_ala = || {
        let sentence_end = doc.sentence_end_of(found.first_token);
        let reach = sentence_end.min(found.last_token + 1 + SEIZED_REACH);
        (found.last_token + 1..reach).any(|at| doc.key(at).starts_with("علي"))
    };
    verb && !has_ala()
}

/// How far after أقر its admission is looked for: past its subject and a place or a date
/// (`أقر رئيس الوزراء العراقي في مؤتمر صحفي بأن`).
const ADMISSION_REACH: usize = 8;

/// Words after أقر that start with ب but tell how a law was passed, not what was admitted.
const PASSED_BY: &[&str] = &["بالاجماع", "باغلبيه", "بالاغلبيه"];

/// `أقر البرلمان قانونا`، `عقوبات يقرها الكونغرس`، `إقرار مجلس الشيوخ`: أقر admits only what
/// it takes after ب or أن (`أقر الجيش بأنه أعدم`، `أقرت السلطات باعتقال`); with an object of
/// its own, or an object pronoun, it passes a law or a measure.
fn passes_not_admits(doc: &Doc, trigger: &Trigger) -> bool {
    let found = trigger.found;
    // Every trigger is asked: the stem is read only for a single-word admission.
    if trigger.event_type != "CONCEDE" || trigger.support.is_some() || found.first_token != found.last_token {
        return false;
    }
    let stem = doc.stem_of(found);
    if !["اقر", "يقر", "تقر", "نقر"].iter().any(|base| stem.starts_with(base)) {
        return false;
    }
    let verb = matches!(trigger.class, WordClass::Past | WordClass::Present);
    if verb && ["ه", "ها", "هم"].iter().any(|pronoun| stem.ends_with(pronoun)) {
        return true;
    }
    // The subject may be set off by commas (`أقر الرئيس الأمريكي، دونالد ترامب، بما`).
    let sentence_end = doc.sentence_end_of(found.first_token);
    let admits = |at: usize| {
        let key = doc.key(at);
        crate::grammar::is_complementizer(key)
            || crate::grammar::is_pronoun_complementizer(key)
            || (key.starts_with('ب') && !PASSED_BY.contains(&key))
    };
    !(found.last_token + 1..sentence_end.min(found.last_token + 1 + ADMISSION_REACH)).any(admits)
}

/// `المتهم باختطاف طائرة`، `ثلاثة متهمين آخرين`، `ومتهمة بمهاجمة قوافل`: the participle of
/// اتهم is nearly always the accused, a defendant; it accuses only in the accusative of
/// manner with its object next (`متهما بكين بمعاملة`، `متهمة الحوثيين بممارسة`), never with
/// the article (`حركة غولن المتهمة في تركيا`), and not after a count (`1539 متهما`).
fn is_the_accused(doc: &Doc, trigger: &Trigger) -> bool {
    let found = trigger.found;
    if trigger.event_type != "DISAPPROVE" || trigger.class != WordClass::Participle {
        return false;
    }
    let stem = bare_stem(doc, found);
    let definite = doc.key(found.first_token).starts_with("ال");
    let accusing_form = matches!(stem, "متهما" | "متهمه") && !definite;
    let charged_next = doc.key(found.last_token + 1).starts_with('ب');
    let counted = found.first_token.checked_sub(1).is_some_and(|t| doc.counts_at(t));
    stem.starts_with("متهم") && (!accusing_form || charged_next || counted)
}

/// `باحث في معهد` (a researcher, not ب + أحث), `كاتب`: ب and ك never glue to a verb; a
/// word read only as a verb with one of them glued is another word.
fn is_verb_with_glued_preposition(doc: &Doc, trigger: &Trigger) -> bool {
    let found = trigger.found;
    let glued = doc.has_glued_preposition(found, 'ب') || doc.has_glued_preposition(found, 'ك');
    glued
        && trigger.support.is_none()
        && doc.cue_entries(found).all(|cue| matches!(cue.class, WordClass::Past | WordClass::Present))
}

/// `تظاهر آلاف الإسرائيليين مطالبين نتنياهو بالرحيل`، `متهما بكين بمعاملة`، `محذرا إيران`:
/// a participle of words in the indefinite accusative tells how the sentence's subject acted;
/// the name after it is its object, not its doer.
fn is_participle_of_manner(doc: &Doc, trigger: &Trigger) -> bool {
    let stem = doc.stem_of(trigger.found);
    let word = doc.after_conjunction(trigger.found);
    let definite = ["ال", "بال", "لل", "كال"].iter().any(|article| word.starts_with(article));
    trigger.class == WordClass::Participle
        && !FORCE_TYPES.contains(&trigger.event_type)
        && trigger.event_type != "PROTEST"
        && !definite
        && (stem.ends_with('ا') || stem.ends_with("ين"))
}

/// `بيان صادر عن الرئاسة`، `في رسالة صادرة عن`: صادر with عن after it is "issued by", the
/// same letters as "confiscated" (`صادرت السلطات`).
fn is_issued_by(doc: &Doc, trigger: &Trigger) -> bool {
    let found = trigger.found;
    trigger.event_type == "COERCE"
        && matches!(bare_stem(doc, found), "صادر" | "صادره")
        && doc.key(found.last_token + 1) == "عن"
}

/// How many words (an office: `الرئيس الأمريكي،`) may stand between a campaign and the person
/// whose it is.
const CAMPAIGNER_REACH: usize = 4;

/// `حملة ترامب الرئاسية`، `دعم حملة دونالد ترامب`، `بحملة الرئيس الأمريكي، دونالد ترامب`: a
/// bare campaign whose first name after it, past an office, is a person's is one for votes
/// or a cause; armies and armed groups wage the military kind.
fn is_a_persons_campaign(doc: &Doc, trigger: &Trigger) -> bool {
    let found = trigger.found;
    let after = found.last_token + 1;
    let first_named = || (after..after + CAMPAIGNER_REACH).find_map(|t| doc.mention_at(t));
    trigger.event_type == "ASSAULT"
        && trigger.support.is_none()
        && found.first_token == found.last_token
        && matches!(bare_stem(doc, found), "حمله" | "حملات")
        && first_named().is_some_and(|m| doc.is_person(m))
}

/// `اعترض الأخير على المحاضرة`: اعترض with على after it (past its subject, before any word of
/// an act) objected; it intercepted nothing.
fn objects_to(doc: &Doc, trigger: &Trigger) -> bool {
    let found = trigger.found;
    // Asked of every trigger: the type and the stem first, the words after only for اعترض.
    if trigger.event_type != "ASSAULT" || !bare_stem(doc, found).contains("عترض") {
        return false;
    }
    let after = found.last_token + 1;
    let end = doc.clause_of(found.first_token).end.min(after + OBJECTION_REACH);
    // No word of an act between: `اعترضت الدفاعات صاروخا أطلق على الرياض` intercepted.
    (after..end).take_while(|&t| doc.cue_at(t).is_none()).any(|t| doc.key(t) == "علي")
}

/// How far after اعترض its على may stand (`اعترض رئيس الوزراء الإسرائيلي على`).
const OBJECTION_REACH: usize = 5;

/// Words that make أدان a court's verdict: the charge or the sentence after it (`أدانت هيئة
/// المحلفين عبد الرحمن بتهمة الاعتداء`، `أدانته المحكمة بالسجن`).
const VERDICT_WORDS: &[&str] =
    &["بتهمه", "بتهم", "بالسجن", "بالاعدام", "بجريمه", "بجرايم", "بارتكاب", "بالقتل"];

/// Words of a court that, right before أدان or its noun, make it a verdict (`أن المحكمة
/// أدانته`، `في إدانة`).
const COURT_WORDS: &[&str] = &["المحكمه", "محكمه", "القاضي", "القضاء", "المحلفين", "المحلفون"];

/// The stems of أدان, its imperfect and its noun (folded), active or passive (`أدين`): the
/// verb of a verdict as well as of condemnation, unlike ندد or شجب.
const CONDEMN_STEMS: &[&str] = &["ادان", "ادين", "يدين", "تدين", "ندين"];

/// How far after أدان a charge or a sentence may stand (`أدانت هيئة المحلفين في مايو الماضي
/// عبد الرحمن بتهمة`).
const VERDICT_REACH: usize = 10;

/// `أدانت هيئة المحلفين عبد الرحمن بتهمة الاعتداء`، `أدانته المحكمة بالسجن`: أدان with a
/// charge or a sentence, or with a court as its subject, convicts; a verdict is no condemnation
/// (and, as the trigger data notes of trials and sentences, no event in this coding).
fn convicts_not_condemns(doc: &Doc, trigger: &Trigger) -> bool {
    let found = trigger.found;
    if trigger.event_type != "DISAPPROVE" || trigger.mode != "condemn" || trigger.support.is_some() {
        return false;
    }
    let stem = bare_stem(doc, found);
    if !CONDEMN_STEMS.iter().any(|base| stem.starts_with(base)) {
        return false;
    }
    let Some(sentence) = doc.sentence_of(found.first_token).and_then(|s| doc.sentences.get(s)) else {
        return false;
    };
    let reach = sentence.end.min(found.last_token + 1 + VERDICT_REACH);
    let court_near = |t: usize| COURT_WORDS.contains(&doc.key(t));
    (found.last_token + 1..reach).any(|t| VERDICT_WORDS.contains(&doc.key(t)))
        || (found.last_token + 1..reach.min(found.last_token + 4)).any(court_near)
        || (sentence.start.max(found.first_token.saturating_sub(3))..found.first_token).any(court_near)
}

/// True when a word's last letter, past any vowel marks, is ة.
fn ends_in_ta_marbuta(raw: &str) -> bool {
    raw.chars().rev().find(|&c| !marsad_text::fold::is_mark(c)) == Some('ة')
}

fn is_nominal(class: WordClass) -> bool {
    matches!(class, WordClass::Noun | WordClass::Participle)
}

/// `من المستفيد من اغتيال اللواء؟`، `قد تكون اسرائيل من اغتالت الحريري؟`: a question reports
/// no act; it wonders who did one, or whether one will come. The question runs from the
/// trigger to the mark at the sentence's end, unless a quote, a colon or a verb of asking
/// opens it in between (`ارتفعت اصوات تدعو الى محاسبة، إذ سأل النائب: …؟`): then the
/// trigger is in the statement before it.
fn is_question(doc: &Doc, head: &CueMatch, sentence: usize) -> bool {
    let Some(range) = doc.sentences.get(sentence) else { return false };
    let mark = range.clone().rev().take(QUESTION_MARK_REACH).find(|&at| matches!(doc.raw(at), "؟" | "?"));
    mark.is_some_and(|mark| !(head.last_token + 1..mark).any(|at| opens_a_question(doc, at)))
}

/// True for a token that opens quoted or reported words: a quote, a colon, a verb of asking.
fn opens_a_question(doc: &Doc, at: usize) -> bool {
    matches!(doc.raw(at), "«" | "\"" | "“" | ":") || ASKING_VERBS.contains(&doc.key(at))
}

/// Verbs of asking (folded), with a glued conjunction: what follows them is the question.
const ASKING_VERBS: &[&str] =
    &["سال", "وسال", "فسال", "يسال", "تسال", "وتسال", "يتسال", "ويتسال", "متسايلا", "تسايل", "وتسايل"];

/// How many tokens at a sentence's end may hold its question mark: the mark itself, then
/// closing quotes or brackets (`؟»`، `؟)`).
const QUESTION_MARK_REACH: usize = 3;

/// Builds one event; none when the trigger is weak and nobody takes part, or the act did not
/// happen (irrealis).
fn build(doc: &Doc, trigger: &Trigger, claims: &[ClaimDraft]) -> Option<EventDraft> {
    let head = trigger.support.map_or(trigger.found, |(verb, _)| verb);
    let sentence = doc.sentence_of(head.first_token)?;
    let (negated, hedged, irrealis) = modality(doc, trigger, head, sentence);
    if irrealis
        || is_question(doc, head, sentence)
        || (FORCE_TYPES.contains(&trigger.event_type) && doc.is_about_sport(sentence))
    {
        return None;
    }
    // `أقدم متظاهرون على قطع الطريق`: protesters first named as doers report their protest;
    // `خرج الآلاف في مسيرة`: a crowd counted takes part in it.
    let protesters_first = trigger.support.is_none()
        && (crate::protest::protesters_first_told(doc, trigger.found, trigger.class)
            || crate::protest::crowd_takes_part(doc, trigger.found, trigger.class));
    let halted = halted_thing(doc, trigger);
    let not_an_act = is_stative_present(doc, trigger)
        || are_hostages_released(doc, trigger)
        || (is_bare_participant(doc, trigger) && !protesters_first)
        || is_by_protesters_told_of(doc, trigger)
        || takes_a_rank(doc, trigger)
        || stays_at_a_level(doc, trigger)
        || is_verb_after_preposition(doc, trigger)
        || aims_at_a_goal(doc, trigger)
        || is_aimed_at(doc, trigger)
        || is_time_of_day(doc, trigger)
        || leaves_an_agreement(doc, trigger)
        || is_transitive_reading(doc, trigger)
        || professes_allegiance(doc, trigger)
        || is_a_search(doc, trigger)
        || is_a_prison(doc, trigger)
        || is_an_alliance_named(doc, trigger)
        || names_an_alliance(doc, trigger)
        || is_a_farewell(doc, trigger)
        || is_let_us(doc, trigger)
        || is_an_achievement(doc, trigger)
        || is_intransitive_with_object(doc, trigger)
        || is_liberalizing_or_editing(doc, trigger)
        || is_a_lifeline(doc, trigger)
        || controls_a_situation(doc, trigger)
        || names_a_kind_of_act(doc, trigger)
        || is_a_process(doc, trigger)
        || enters_a_state(doc, trigger)
        || erupts(doc, trigger)
        || is_equipment(doc, trigger)
        || is_struck_by_nature(doc, trigger)
        || brings_together(doc, trigger)
        || crate::movement::is_arrival_of_no_force(doc, trigger.found)
        || crate::transfer::is_transfer_of_nobody(doc, trigger.found)
        || crate::protest::is_no_protest(doc, trigger.found, trigger.class, trigger.support.is_none())
        || is_act_to_stop(doc, trigger, head)
        || is_background_reference(doc, trigger)
        || is_figure_of_speech(doc, trigger)
        || is_move_in_a_match(doc, trigger)
        || is_penalty_of_law(doc, trigger)
        || is_responsibility_unclaimed(doc, trigger)
        || is_stock_of_weapons(doc, trigger)
        || is_a_yearly_count(doc, trigger)
        || is_an_adverb(doc, trigger)
        || is_a_term_of_time(doc, trigger)
        || is_a_noun_after_a_counter(doc, trigger)
        || dies_in_a_mishap(doc, trigger)
        || snatches_a_prize(doc, trigger)
        || is_bomb_not_set_off(doc, trigger)
        || receives_not_arrests(doc, trigger)
        || stops_not_arrests(doc, trigger)
        || halted.is_some_and(|thing| !halts_its_fighting(doc, thing))
        || passes_not_admits(doc, trigger)
        || is_the_accused(doc, trigger)
        || is_issued_by(doc, trigger)
        || spelled_as_another_word(doc, trigger)
        || is_verb_with_glued_preposition(doc, trigger)
        || is_a_persons_campaign(doc, trigger)
        || objects_to(doc, trigger)
        || convicts_not_condemns(doc, trigger);
    if names_an_existing_agreement(doc, trigger) || not_an_act || backer_unnamed(doc, trigger) {
        return None;
    }
    // `وأعربت الحكومة عن احتجاجها`، `واحتجت الحكومة العراقية لدى أنقرة`: a stated objection,
    // whose doer is looked for as a critic's.
    let objection = trigger.event_type == "PROTEST"
        && trigger.support.is_none()
        && crate::protest::is_disapproval(doc, trigger.found);
    let stated_objection =
        objection.then_some(Trigger { event_type: "DISAPPROVE", mode: "criticize", ..*trigger });
    // `أعرب خامنئي عن دعمه لفكرة`، `معربا عن دعمه للمرشح`: support stated in words is
    // backing, not aid given.
    let stated_support = (trigger.event_type == "AID"
        && trigger.support.is_none()
        && (crate::protest::is_expressed(doc, trigger.found) || backs_a_stance(doc, trigger.found)))
    .then_some(Trigger { event_type: "SUPPORT", mode: "endorse", ..*trigger });
    // `أوقف التحالف ضرباته`: a side halting its own fighting steps back.
    let halt = halted.map(|_| Trigger { event_type: "RETREAT", mode: "halt", strong: true, ..*trigger });
    let trigger = stated_objection.as_ref().or(stated_support.as_ref()).or(halt.as_ref()).unwrap_or(trigger);
    let fired = (fired_at_someone(doc, trigger) || struck_by_projectile(doc, trigger))
        .then_some(Trigger { strong: true, ..*trigger });
    let trigger = fired.as_ref().unwrap_or(trigger);
    let envoys = envoys_expelled(doc, trigger);
    let sanction = envoys.filter(|_| trigger.event_type != "SANCTION").map(|_| Trigger {
        event_type: "SANCTION",
        mode: "sever",
        strong: true,
        ..*trigger
    });
    let trigger = sanction.as_ref().unwrap_or(trigger);
    let Participants {
        actor,
        target,
        target_named,
        pronoun_named,
        named_after,
        met_by_force,
        backing,
        killed_passive,
        spoken_of,
        doer_in_phrase,
        witnessed,
    } = participants(doc, trigger, head, sentence, claims);
    // `طرد 23 دبلوماسيا روسيا`، `طرد الدبلوماسيين الأمريكيين`: the envoys' state was sanctioned.
    let target = match envoys {
        Some(at) if target.is_empty() => {
            let acting = |m: usize| actor.iter().any(|&a| doc.same_entity(a, m));
            crate::args::state_of_people(doc, at, head.first_token, acting).into_iter().collect()
        }
        _ => target,
    };
    // A charged act with nobody it was done to names a crime (`بتهمة التآمر من أجل القتل
    // وتنفيذ عمليات تفجير`); one done to someone named is an allegation, hedged.
    let charged = is_charged(doc, head);
    if charged && target.is_empty() && !is_told_as_occurred(doc, trigger) {
        return None;
    }
    let verbal = trigger.support.is_some_and(|(_, s)| s != Support::Undergo)
        || (trigger.support.is_none() && matches!(trigger.class, WordClass::Past | WordClass::Present));
    // `تم طرد التنظيم`: a passive leaves its doer unnamed on purpose, for no subject to fill.
    let passive_noun = follows_passive_auxiliary(doc, trigger.found);
    let nominal_act = !verbal
        && trigger.support.is_none()
        && !VICTIM_MODES.contains(&trigger.mode)
        && !pronoun_is_its_object(doc, trigger)
        && !passive_noun;
    let active_verb =
        verbal && !killed_passive && !is_passive(doc, head, doc.clause_of(head.first_token).end);
    // A phrase split by its subject (`أطلق مسلحون النار`) names who did it, if not by name:
    // no pronoun subject to carry an actor over to.
    let split = is_split_phrase(doc, trigger, head);
    let split_by_subject = trigger.strong && split;
    let unnamed_subject = actor.is_empty()
        && (nominal_act || active_verb)
        && !split
        && !verb_has_unnamed_doer(doc, trigger, head)
        && !(nominal_act && group_named_after_la(doc, trigger))
        // `تصدت الدفاعات لغارات`: the attack fought off is the other side's.
        && !(nominal_act && is_repelled(doc, trigger))
        // `ورفض نتنياهو دعوات إلى استقالته`: the object of another act was done by others.
        && !(nominal_act && is_object_of_other_act(doc, trigger))
        // `عملية نفذتها قوات الرد السريع`: its own verb's subject did it, named or not.
        && !(nominal_act && has_its_own_support_verb(doc, trigger))
        && !met_by_force
        && !spoken_of;
    // A target only pointed back to (`ضد التنظيم`) does not make an act of a bare noun.
    // A passive's object, even one pointed back to (`تم طرد التنظيم`), was done to: the act is
    // told. With nobody named (`تم الاتفاق على هذا التاريخ`) it needs what any act needs.
    let someone =
        !actor.is_empty() || (!target.is_empty() && (target_named || passive_noun)) || pronoun_named;
    // A protest where force was used (`قتلوا خلال مظاهرات`) is told as having happened.
    let anchored = someone
        || met_by_force
        || protesters_first
        || split_by_subject
        || (trigger.strong && is_anchored(doc, trigger))
        || (!trigger.strong && done_by_unnamed_force(doc, trigger))
        // `هجوم نفذه مسلحون`: its own verb tells it was done.
        || (nominal_act && has_its_own_support_verb(doc, trigger))
        || is_backed(doc, trigger)
        // `وتمكنت من طرده منها`: what a verb of managing says was managed was done.
        || matches!(trigger.support, Some((_, Support::Control)))
        || takes_ground(doc, trigger)
        || !witnessed.is_empty()
        || (verbal && counts_casualties(doc, trigger, sentence));
    if !anchored {
        return None;
    }
    let claim = claims.iter().rposition(|c| c.content.contains(&head.first_token));
    let claim_kind = claim.and_then(|c| claims.get(c)).map(|c| c.kind);
    // `ونفت حركة طالبان مسؤوليتها عن الهجوم`: a denial of one's part in an act leaves the
    // act real, and the one who denies is not named its doer.
    let part_denied = claim_kind == Some("deny") && names_a_part_in(doc, trigger.found);
    // `وتشهد إيران احتجاجات`: states, their forces and international bodies do not protest.
    let authority = crate::protest::is_authority_before_protest(doc, trigger.event_type, &actor);
    let actor = if part_denied || authority { Vec::new() } else { actor };
    let place = place_of(doc, head, trigger.found, sentence, &actor).or(witnessed.first().copied());
    let (event_type, mode) = if is_verbal_attack(doc, trigger, &actor, &target) {
        ("DISAPPROVE", "criticize")
    } else if trigger.event_type == "ASSAULT" {
        let before = |&m: &usize| doc.first_token_of(m).is_some_and(|t| t < trigger.found.first_token);
        let subject_before = actor.iter().any(before);
        (
            trigger.event_type,
            crate::means::mode_by_means(doc, trigger.found.last_token, trigger.mode, subject_before),
        )
    } else {
        (trigger.event_type, trigger.mode)
    };
    // A weak word of force (`تقدم`، `عملية`، `تستهدف`، `دخول`، `انتشار`، `انسحاب`، `نزوح`)
    // outside a sentence about armed conflict is progress, a process, an aim, an entry, a
    // spread, a pulling out, an outflow. Arrests and seizures are the law's too: not asked.
    if ARMED_ONLY_TYPES.contains(&event_type)
        && !trigger.strong
        && !doc.is_about_conflict(sentence)
        && !leaves_a_place(doc, trigger)
        && !strikes_positions(doc, trigger)
    {
        return None;
    }
    if event_type == "CONSULT"
        && (is_a_match_between_sides(doc, trigger, sentence, &actor, &target)
            || is_talk_to_the_press(doc, &target))
    {
        return None;
    }
    Some(EventDraft {
        event_type,
        mode,
        sentence,
        trigger: trigger_span(doc, trigger),
        head: head.first_token,
        actor,
        target,
        place: place.into_iter().collect(),
        date: date_of(doc, head.first_token, sentence),
        claim,
        negated: negated || (claim_kind == Some("deny") && !part_denied) || is_denied(doc, head, sentence),
        hedged: hedged || charged || claim_kind == Some("hedge"),
        dead: None,
        injured: None,
        victims: (trigger.support.is_none() && KILLING_MODES.contains(&trigger.mode))
            .then(|| count_after(doc, trigger.found.last_token, doc.clause_of(head.first_token).end))
            .flatten(),
        unnamed_subject,
        harm_cause: nominal_act && caused_harm_before(doc, trigger),
        named_after,
        result: is_result_of_act(doc, trigger),
        instrument: is_weapon_with_ba(doc, trigger),
        backing,
        doer_in_phrase,
        noun: names_act_by_noun(doc, trigger).then_some(trigger.found.last_token),
    })
}

/// Whether the act is named by a noun: read as one, carried by a support verb, or spelled
/// the same as a verb (`قصف إسرائيلي`).
fn names_act_by_noun(doc: &Doc, trigger: &Trigger) -> bool {
    is_nominal(trigger.class)
        || trigger.support.is_some()
        || doc.cue_entries(trigger.found).any(|cue| cue.class == WordClass::Noun)
}

/// A violent verb whose sentence counts the dead or the injured (`فجر حافلة … مما أسفر عن
/// سقوط 35 قتيلا`) reports an act, even with its doer only described (`مهاجما انتحاريا`).
fn counts_casualties(doc: &Doc, trigger: &Trigger, sentence: usize) -> bool {
    let Some(range) = doc.sentences.get(sentence) else { return false };
    trigger.event_type == "ASSAULT"
        && range.clone().any(|at| {
            doc.mention_at(at).and_then(|m| doc.mentions.get(m)).is_some_and(|m| {
                matches!(&m.info, MentionInfo::Quantity { unit: Some(unit), .. } if unit == "killed" || unit == "injured")
            })
        })
}

/// `احتل المركز الثاني`، `تحتل مكانة بارزة`: to occupy a rank or a place in a list is no
/// seizure of ground; `تقدم المشورة` (offers advice) and `تقدم الوزير بخالص العزاء` (offered
/// his condolences) are spelled like `تقدم` (advanced), which takes no object.
fn takes_a_rank(doc: &Doc, trigger: &Trigger) -> bool {
    let found = trigger.found;
    // The subject may stand between (`تحتل طهران المرتبة 154`، `تقدم الوزير الجبري بالشكر`).
    let from = after_named_subject(doc, found);
    let clause_end = doc.clause_of(found.first_token).end;
    // `لم تقدم أي إنذار`، `لم تقدم "أي إنذار"`: any object right after (past a quotation
    // mark) makes the verb قدّم.
    let next_word =
        (found.last_token + 1..found.last_token + 3).map(|at| doc.key(at)).find(|key| !key.is_empty());
    let any_object = matches!(next_word, Some("اي" | "ايه"));
    let offered = any_object
        || crate::grammar::is_offered_thing(doc.key(found.last_token + 1))
        || (found.last_token + 1..(from + OFFER_REACH).min(clause_end))
            .any(|at| crate::grammar::is_thing_offered_with_ba(doc.key(at)));
    // A subject of several words no mention covers (`احتل سهم بنك الريان المرتبة الأولى`،
    // `احتل ملف توسيع مجلس الأمن الدولي مكانة بارزة`) puts the rank further on.
    let ranked =
        (from..(from + RANK_REACH).min(clause_end)).any(|at| crate::grammar::is_rank_word(doc.key(at)));
    trigger.mode == "occupy" && (offered || ranked)
}

/// `تجمد رصيد فرايبورغ عند 30 نقطة`: a tally or a count that freezes at a number stays at that
/// level (تجمّد); no one froze anything.
fn stays_at_a_level(doc: &Doc, trigger: &Trigger) -> bool {
    let found = trigger.found;
    let end = (found.last_token + 1 + LEVEL_REACH).min(doc.clause_of(found.first_token).end);
    trigger.mode == "suspend"
        && (found.last_token + 1..end).any(|at| doc.key(at) == "عند" && doc.counts_at(at + 1))
}

/// How far after a freeze the `عند` of the level it stays at may stand (`تجمد رصيد نادي
/// خيتافي عند`), in tokens.
const LEVEL_REACH: usize = 5;

/// `تستهدف مصر تحقيق فائض`، `يستهدف البنك خفض التضخم`: استهدف before a goal (a verbal noun
/// of achieving, raising, lowering, reaching) is "aims at", not "struck".
fn aims_at_a_goal(doc: &Doc, trigger: &Trigger) -> bool {
    let found = trigger.found;
    let from = after_named_subject(doc, found);
    let clause_end = doc.clause_of(found.first_token).end;
    trigger.event_type == "ASSAULT"
        && trigger.support.is_none()
        && doc.stem_of(found).contains("ستهدف")
        && ((found.last_token + 1..(from + 2).min(clause_end))
            .any(|at| crate::grammar::is_goal_noun(doc.key(at)))
            || names_aimed_act(doc, found.last_token + 1)
            || is_aim_of_sanctions(doc, found))
}

/// How many tokens before استهدف, in its clause, the sanctions whose aim it names may stand
/// (`وأعلنت الولايات المتحدة عن عقوبات في نوفمبر استهدفت`).
const SANCTIONS_REACH: usize = 6;

/// `وتستهدف العقوبات ذراع عملياتها`، `عقوبات في نوفمبر استهدفت عمليات الملاحة`، `إن وزارة
/// الخزانة تستهدف خمسة مسؤولين`: sanctions (or the treasury that lays them) target whom they
/// bind; the sanctions are the act, named by their own word.
fn is_aim_of_sanctions(doc: &Doc, found: &CueMatch) -> bool {
    let clause = doc.clause_of(found.first_token);
    let from = clause.start.max(found.first_token.saturating_sub(SANCTIONS_REACH));
    (from..clause.end).any(|at| {
        let key = doc.key(at);
        key.contains("عقوب") || key.ends_with("الخزانه")
    })
}

/// Modes of acts done to a person that استهدف takes as its aim when their verbal noun is its
/// object: an attack or a blast targets (`استهدف تفجير موكبه`), a killing or an abduction is
/// what is aimed at (`محاولة كانت تستهدف اغتيال رئيس الوزراء`).
const AIMED_MODES: &[&str] = &["assassination", "abduction", "killing"];

/// Whether token `at` starts the verbal noun of an act aimed at ([`AIMED_MODES`]).
fn names_aimed_act(doc: &Doc, at: usize) -> bool {
    doc.cue_match_at(at).filter(|m| m.first_token == at).is_some_and(|m| {
        noun_trigger_of(doc, m).is_some_and(|t| t.event_type == "ASSAULT" && AIMED_MODES.contains(&t.mode))
    })
}

/// `كانت تستهدف اغتيال رئيس الوزراء`: the act استهدف aims at has not happened.
fn is_aimed_at(doc: &Doc, trigger: &Trigger) -> bool {
    let found = trigger.found;
    let aiming = |at: usize| {
        doc.cue_match_at(at).is_some_and(|verb| {
            verb.last_token == at && doc.stem_of(verb).contains("ستهدف") && doc.may_be_verb(verb)
        })
    };
    trigger.support.is_none()
        && is_nominal(trigger.class)
        && AIMED_MODES.contains(&trigger.mode)
        && found.first_token.checked_sub(1).is_some_and(aiming)
}

/// The token after a verb's subject when a name right after the verb is that subject, else
/// the token after the verb: where its object starts.
fn after_named_subject(doc: &Doc, found: &CueMatch) -> usize {
    let subject_end = doc.mention_at(found.last_token + 1).and_then(|m| doc.last_token_of(m));
    subject_end.unwrap_or(found.last_token) + 1
}

/// Modes whose nouns after بـ name what an act was done with: missiles and drones, shells,
/// bullets (`بالصواريخ`، `بقذائف الهاون`، `بالرصاص الحي`).
const INSTRUMENT_MODES: &[&str] = &["drone", "missile", "artillery", "small_arms"];

/// `قصفت القوات البلدة بالصواريخ`، `استهدفتها بقذيفة`: a weapon noun after بـ names what
/// an act was done with; [`drop_instruments`] folds it into a violent act before it.
fn is_weapon_with_ba(doc: &Doc, trigger: &Trigger) -> bool {
    let found = trigger.found;
    trigger.support.is_none()
        && trigger.class == WordClass::Noun
        && INSTRUMENT_MODES.contains(&trigger.mode)
        && doc.has_glued_preposition(found, 'ب')
}

/// `وصول القوات إلى أرحب`: the word right after a preposition is a noun, never a verb, so a
/// trigger read only as an imperfect verb of the first person or the third masculine there
/// (`أرحب`، `نرحب`، `يرحب`) is a name or another word spelled like one (أرحب, a district,
/// not "I welcome"). Perfect verbs and imperfects in ت are spelled like verbal nouns (`على
/// سحب`، `في عقد`، `بعد تدخل`) and stay. `من` is left out: it is also "who" (`من يقتل`).
fn is_verb_after_preposition(doc: &Doc, trigger: &Trigger) -> bool {
    let found = trigger.found;
    let verb_only = doc.cue_entries(found).all(|cue| {
        !matches!(cue.role, CueRole::Trigger { .. })
            || matches!(cue.class, WordClass::Past | WordClass::Present)
    });
    trigger.support.is_none()
        && found.proclitics.letters == 0
        && trigger.class == WordClass::Present
        && doc.key(found.first_token).starts_with(['ا', 'ن', 'ي'])
        && found.first_token.checked_sub(1).is_some_and(|t| {
            let key = doc.key(t);
            key != "من" && crate::grammar::is_preposition(key)
        })
        && verb_only
}

/// `يسيطر على 80% منها`، `تتمركز قواته في`: the imperfective of a verb of holding ground
/// tells of a state (it controls, it is stationed), not of the act of taking it (`سيطر`).
fn is_stative_present(doc: &Doc, trigger: &Trigger) -> bool {
    let found = trigger.found;
    let bare = doc.stem_of(found);
    trigger.class == WordClass::Present
        && trigger.support.is_none()
        && !found.proclitics.future
        && crate::grammar::is_stative_verb(bare)
}

/// `فجر السبت` is dawn, not a blast: a trigger spelled like a time word, with a day or a
/// date right after it.
fn is_time_of_day(doc: &Doc, trigger: &Trigger) -> bool {
    let found = trigger.found;
    let next = found.last_token + 1;
    let dated = doc.mention_at(next).is_some_and(|m| doc.is_date(m)) || is_time_word(doc.key(next));
    found.first_token == found.last_token && is_time_word(doc.key(found.first_token)) && dated
}

/// `الخدمات التي تقدمها دبي`، `صورة تجمعه بمحمد صلاح`: a verb of an event that takes no
/// object, written with an object pronoun, is another word (offers it, brings him together).
/// A verb of the form تفعّل shares its letters with its verbal noun, which may carry a
/// possessive (`تواصل القوات تقدمها`, its advance): it is read as a verb only in a verb's
/// place, after a relative pronoun or before its subject.
fn is_intransitive_with_object(doc: &Doc, trigger: &Trigger) -> bool {
    let found = trigger.found;
    let single = trigger.support.is_none() && found.first_token == found.last_token;
    // The cheap tests first: this runs for every trigger.
    if !single || !carries_object_pronoun(doc, found) {
        return false;
    }
    let Some(form) = doc.cue_entries_folded(found).find_map(|(cue, form, _)| {
        let verbal = matches!(cue.class, WordClass::Past | WordClass::Present) && !cue.form.contains(' ');
        (verbal && crate::grammar::is_intransitive_verb(form)).then_some(form)
    }) else {
        return false;
    };
    let shares_noun_letters = form.starts_with('ت');
    let after_relative = found.first_token.checked_sub(1).is_some_and(|t| {
        let key = doc.key(t);
        is_relative_pronoun(key) || matches!(key, "ما" | "مما" | "بما" | "فيما")
    });
    let subject_next = doc.mention_at(found.last_token + 1).is_some();
    !shares_noun_letters || after_relative || subject_next
}

/// How far before a violent verb its natural subject may stand (`الإعصار سون تين، الذي
/// ضرب`).
const NATURE_REACH: usize = 5;

/// `ضرب زلزال المنطقة`، `الإعصار الذي ضرب وسط البلاد`: an earthquake, a storm or a drought
/// that strikes is no attack.
fn is_struck_by_nature(doc: &Doc, trigger: &Trigger) -> bool {
    let found = trigger.found;
    let Some(sentence) = doc.sentence_of(found.first_token).and_then(|s| doc.sentences.get(s)) else {
        return false;
    };
    let from = sentence.start.max(found.first_token.saturating_sub(NATURE_REACH));
    let to = (found.last_token + 2).min(sentence.end);
    trigger.event_type == "ASSAULT"
        && matches!(trigger.class, WordClass::Past | WordClass::Present)
        && (from..to).any(|at| is_natural_subject(doc, at))
}

/// What is "snatched" in a figure of speech (folded, without the article): a prize, the
/// spotlight, a title, a contestant, a role, hearts; and death, which snatches.
const SNATCHED_THINGS: &[&str] =
    &["جايزه", "اضواء", "انظار", "لقب", "متسابق", "متسابقه", "دور", "دورها", "دوره", "قلوب", "اهتمام", "موت"];

/// `خطف الممثل جائزة أفضل ممثل`، `قامت أحلام بخطف المتسابق`، `خطفها الموت`: a snatching
/// whose clause names a prize, a contestant, a role or death is a figure of speech.
fn snatches_a_prize(doc: &Doc, trigger: &Trigger) -> bool {
    let clause = doc.clause_of(trigger.found.first_token);
    trigger.mode == "abduction"
        && clause.into_iter().any(|at| {
            let key = doc.key(at);
            SNATCHED_THINGS.contains(&key.strip_prefix("ال").unwrap_or(key))
        })
}

/// How far before a bomb the word that handles it may stand (`إحباط عملية تفجير سيارة مفخخة`).
const HANDLING_REACH: usize = 3;

/// `فككت قوات الأمن عبوة ناسفة`، `العثور على سيارة مفخخة`، `وهم يستقلون سيارة مفخخة`،
/// `بحوزتهم قنابل يدوية`: a bomb named as a thing that was found, defused, carried or foiled,
/// with no explosion, is no attack. An act named with it (`فجر نفسه`، `انفجرت`) stays.
fn is_bomb_not_set_off(doc: &Doc, trigger: &Trigger) -> bool {
    let found = trigger.found;
    let handled = || {
        let from =
            doc.clause_of(found.first_token).start.max(found.first_token.saturating_sub(HANDLING_REACH));
        (from..found.first_token).any(|at| crate::grammar::is_device_handling(doc.key(at)))
    };
    trigger.class == WordClass::Noun
        && matches!(trigger.mode, "bombing" | "suicide")
        && crate::grammar::is_device_word(doc.stem_of(found))
        && handled()
}

/// How far after a death or an injury the mishap that caused it may be named (`لقي خمسة
/// أشخاص مصرعهم أمس في حادث سير`).
const MISHAP_REACH: usize = 10;

/// `لقي سائق قطار مصرعه في تصادم بين قطارين`، `أصيب عشرة في حادث سير`، `توفي ثلاثة جراء
/// السيول`: a death or an injury (not a seizure of ground: `انعكست في انهيار في صفوف
/// الميليشيات`) whose cause, named after it with في، جراء، إثر، بسبب or ب, is a crash, a
/// collapse, a drowning, a road accident or a force of nature is no attack.
fn dies_in_a_mishap(doc: &Doc, trigger: &Trigger) -> bool {
    let found = trigger.found;
    let Some(sentence) = doc.sentence_of(found.first_token).and_then(|s| doc.sentences.get(s)) else {
        return false;
    };
    // Over commas: the dead and the injured may be told before the cause of both.
    let to = sentence.end.min(found.last_token + 1 + MISHAP_REACH);
    trigger.event_type == "ASSAULT"
        && is_harm(trigger.mode, doc.stem_of(found))
        && (found.last_token + 1..to).any(|at| is_mishap_named_as_cause(doc, at))
}

/// True for a killing or a wounding: the mode of a killing, or the stem of a verb of injury.
fn is_harm(mode: &str, stem: &str) -> bool {
    mode == "killing" || ["اصيب", "اصاب", "جرح"].iter().any(|root| stem.starts_with(root))
}

/// `أصيب جندي في هجوم شنه مسلحون`، `قتل ثلاثة إثر انفجار`: an act named right after a
/// separate word of cause, with a killing or a wounding told before it in its sentence, did
/// happen: it hurt someone. Not a glued ب (`أدينوا باستهداف كنائس`: what one is convicted
/// of), nor a killing (`إصابة برشلونة في مقتل`: hit in a vital spot).
fn caused_harm_before(doc: &Doc, trigger: &Trigger) -> bool {
    let found = trigger.found;
    let first = found.first_token;
    // The word of cause first: asked of every act noun, it rules out nearly all of them.
    let cause = !found.proclitics.preposition
        && !KILLING_MODES.contains(&trigger.mode)
        && first.checked_sub(1).is_some_and(|t| is_word_of_cause(doc.key(t)));
    let Some(sentence) = doc.sentence_of(first).and_then(|s| doc.sentences.get(s)).filter(|_| cause) else {
        return false;
    };
    let harm = |cue: &CueMatch| {
        doc.role_of(cue, |role| match role {
            CueRole::Trigger { event_type: "ASSAULT", mode, .. } => Some(is_harm(mode, doc.stem_of(cue))),
            _ => None,
        }) == Some(true)
    };
    doc.cues_in(sentence.start..first).iter().any(|cue| cue.last_token < first && harm(cue))
}

/// True for a mishap at token `at` with a word of cause right before it (`في تصادم`، `جراء
/// السيول`) or a glued ب (`بالفيضانات`).
fn is_mishap_named_as_cause(doc: &Doc, at: usize) -> bool {
    let key = doc.key(at);
    let glued = key.strip_prefix('ب').filter(|rest| rest.starts_with("ال"));
    let word = glued.unwrap_or(key);
    let cause_before = at.checked_sub(1).is_some_and(|t| is_word_of_cause(doc.key(t)));
    let road_accident =
        crate::grammar::is_accident_word(word) && crate::grammar::is_road_word(doc.key(at + 1));
    let mishap = crate::grammar::is_mishap(word) || is_natural_subject(doc, at) || road_accident;
    (glued.is_some() || cause_before) && mishap
}

/// Words that name what comes after them as the cause of harm (folded): `في غارة`، `جراء
/// القصف`، `إثر هجوم`، `بسبب السيول`، `نتيجة انفجار`.
fn is_word_of_cause(key: &str) -> bool {
    key == "في" || key == "اثر" || is_word_of_reason(key)
}

/// A force of nature at token `at`, not a name (`العاصمة سيول` is Seoul, not floods).
fn is_natural_subject(doc: &Doc, at: usize) -> bool {
    let named = doc.mention_at(at).is_some() || at.checked_sub(1).is_some_and(|t| doc.key(t) == "العاصمه");
    !named && crate::grammar::is_natural_force(doc.key(at))
}

/// `تحرير سعر الصرف` (liberalizing the exchange rate), `رئيس تحرير الصحيفة` (editor):
/// تحرير that takes no ground.
fn is_liberalizing_or_editing(doc: &Doc, trigger: &Trigger) -> bool {
    let found = trigger.found;
    let stem = doc.stem_of(found);
    let before = found.first_token.checked_sub(1).map_or("", |t| doc.key(t));
    trigger.support.is_none()
        && trigger.mode == "occupy"
        && found.first_token == found.last_token
        && stem == "تحرير"
        && crate::grammar::is_liberalizing_or_editing(before, doc.key(found.last_token + 1))
}

/// `تمكنا من السيطرة على الموقف`، `السيطرة على الحريق`، `يسيطر على الأسعار`: control of a
/// situation, a fire or prices takes no ground.
fn controls_a_situation(doc: &Doc, trigger: &Trigger) -> bool {
    let found = trigger.found;
    let on = found.last_token + 1;
    trigger.mode == "occupy"
        && doc.stem_of(found).contains("سيطر")
        && doc.key(on) == "علي"
        && crate::grammar::is_controlled_situation(doc.key(on + 1))
}

/// `طوق النجاة` (a lifeline, literally a ring of rescue): طوق before نجاة is the ring, not
/// the verb "encircled".
fn is_a_lifeline(doc: &Doc, trigger: &Trigger) -> bool {
    let next = doc.key(trigger.found.last_token + 1);
    trigger.mode == "siege" && trigger.support.is_none() && matches!(next, "نجاه" | "النجاه")
}

/// `شرطة مكافحة الشغب`، `حرية التعبير والتجمع`، `الحق في التظاهر`، `اعتقل بتهمة القتل`: an
/// event noun that completes one of these heads names a kind of act (what is policed, allowed
/// or charged), not an act that happened. A conjunct before it (`والتجمع`) shares the head.
fn names_a_kind_of_act(doc: &Doc, trigger: &Trigger) -> bool {
    // A support verb before the head does not carry the noun (`أطلقت قوات مكافحة الشغب`).
    // A word that can be read as a noun is one after a noun in construct (`بتهمة قتل` is not
    // "killed"); one that is only a verb starts a clause of its own (`تهمة نفاها`، `مكافحة
    // الشغب وأطلقوا الرصاص`).
    let found = trigger.found;
    if !doc.cue_entries(found).any(|cue| cue.class == WordClass::Noun) {
        return false;
    }
    let Some(mut before) = found.first_token.checked_sub(1) else { return false };
    // `الحق في التظاهر`: the right is to the act; `التحقيق في الهجوم`، `تورطه في اغتيال`:
    // the act is what is looked into or charged, not reported here.
    if doc.key(before) == "في" {
        let is_head = |at: usize| {
            let head = doc.key(at);
            matches!(head, "الحق" | "حق") || crate::grammar::is_inquiry_head(head)
        };
        // `تحقيق مستقل في مقتل`، `التحقيق الدولي في اغتيال`: one adjective may stand between.
        let adjective =
            |at: usize| doc.mention_at(at).is_none() && !crate::grammar::is_preposition(doc.key(at));
        return before
            .checked_sub(1)
            .is_some_and(|at| is_head(at) || (adjective(at) && at.checked_sub(1).is_some_and(is_head)));
    }
    // `حرية التعبير والتجمع`: a conjunct takes the head of the noun before it.
    if found.proclitics.conjunction {
        let Some(head) = before.checked_sub(1) else { return false };
        before = head;
    }
    crate::grammar::is_kind_head(doc.key(before))
}

/// How far after a charge word a crime it names may stand, in tokens (`المتهمين بعمليات
/// الاغتيال الأخرى البالغ عددها 14 عملية`).
const CHARGE_REACH: usize = 8;

/// `بتهمة التآمر من أجل القتل وتنفيذ عمليات تفجير`، `متهمون بالاغتصاب وقتل الآلاف`: an
/// event noun in the clause of a charge word before it is what is charged, unless a verb
/// that is a trigger, a time preposition or a date stands between them (`متهم بالكذب بعد
/// مقتل 24 مدنيا`: the killing is told as having happened).
fn is_charged(doc: &Doc, head: &CueMatch) -> bool {
    if !doc.cue_entries(head).any(|cue| cue.class == WordClass::Noun) {
        return false;
    }
    let at = head.first_token;
    let clause = doc.clause_of(at);
    for before in (clause.start.max(at.saturating_sub(CHARGE_REACH))..at).rev() {
        let key = doc.key(before);
        if crate::grammar::is_charge_word(key) {
            return true;
        }
        let verb = doc.cue_match_at(before).is_some_and(|c| {
            doc.cue_entries(c).any(|cue| {
                matches!(cue.class, WordClass::Past | WordClass::Present)
                    && matches!(cue.role, CueRole::Trigger { .. })
            })
        });
        let dated = doc.mention_at(before).is_some_and(|m| doc.is_date(m));
        if verb || dated || crate::grammar::is_time_link(key) {
            return false;
        }
    }
    false
}

/// `التهمة في إطار عملية اغتصاب مفترضة جرت في العام 2013`: a verb of occurrence or a date
/// after an event noun in its clause tells of one act, not a kind of crime.
fn is_told_as_occurred(doc: &Doc, trigger: &Trigger) -> bool {
    let found = trigger.found;
    let clause = doc.clause_of(found.first_token);
    (found.last_token + 1..clause.end)
        .any(|at| is_occurrence_verb(doc.key(at)) || doc.mention_at(at).is_some_and(|m| doc.is_date(m)))
}

/// `من الطبيعي أن تتعرض للاغتصاب`، `بإمكاننا أن نضرب`: an imperfect right after the particle
/// أن is in the subjunctive, an act wanted, possible or due, not one done. After قبل، بعد or
/// منذ (`قبل أن يفك الجيش الحصار`) it tells what happened; a word that may also be read as a
/// perfect or a noun (`أن تقدم القوات`, that the forces' advance) is left alone, and so is one
/// in ت before a name (`أن تدخّل طهران`: the verbal noun تدخّل, her intervention, is spelled
/// like تدخل, she enters).
fn is_subjunctive(doc: &Doc, head: &CueMatch) -> bool {
    let at = head.first_token;
    let before = |back: usize| at.checked_sub(back).map_or("", |t| doc.key(t));
    let stem = doc.stem_of(head);
    // A verbal noun opening with ت has four letters at least (`تدخل`، `تقدم`، `تفجير`);
    // `تشن`، `تضع` are only the imperfect.
    let noun_shaped = stem.starts_with('ت')
        && !stem.starts_with("تت")
        && stem.chars().count() >= 4
        && doc.mention_at(head.last_token + 1).is_some();
    let imperfect_only = !noun_shaped && doc.cue_entries(head).all(|cue| cue.class == WordClass::Present);
    let particle = matches!(before(1), "ان" | "وان" | "بان");
    let when = before(2).strip_prefix('و').unwrap_or(before(2));
    imperfect_only && head.proclitics.letters == 0 && particle && !matches!(when, "قبل" | "بعد" | "منذ")
}

/// `بوقف اعتداءاتها على قطاع غزة`، `وقف إطلاق الصواريخ`، `الكف عن قصف المدن`: a violent
/// act after a verbal noun of stopping is what is to stop (demanded, agreed, promised), not
/// an act the sentence reports.
fn is_act_to_stop(doc: &Doc, trigger: &Trigger, head: &CueMatch) -> bool {
    let at = head.first_token;
    let before = |back: usize| at.checked_sub(back).map_or("", |t| doc.key(t));
    let nominal = doc.cue_entries(head).any(|cue| cue.class == WordClass::Noun);
    // `لوضع حد لاستمرار تلك الهجمات`: past a demonstrative and a noun of going on.
    let skipped = (1..=STOP_REACH).take_while(|&back| is_between_stop_and_act(before(back))).count();
    let (first, second) = (before(skipped + 1), before(skipped + 2));
    let to_stop = crate::grammar::is_stop_noun(first)
        || (matches!(first, "عن" | "من") && crate::grammar::is_stop_noun(second))
        // `وضع حد للهجمات`: an end put to them.
        || (matches!(first, "حد" | "حدا") && doc.key(at - skipped).starts_with('ل'));
    trigger.event_type == "ASSAULT" && nominal && to_stop
}

/// How many words may stand between a noun of stopping and the act it stops.
const STOP_REACH: usize = 2;

/// Words (folded) that may stand between a noun of stopping and the act (`إنهاء هذه
/// الهجمات`، `وضع حد لاستمرار الغارات`): demonstratives and nouns of going on.
fn is_between_stop_and_act(key: &str) -> bool {
    matches!(key, "هذه" | "هذا" | "تلك" | "ذلك" | "استمرار" | "لاستمرار" | "مواصله" | "لمواصله")
}

/// Words of meeting that sport uses for play (as listed in the trigger files): teams meet
/// (`التقى`، `لقاء`) in a round (`جولة`), a side hosts (`استضاف`، `استقبل`) the other or a
/// tournament, and the top match is the summit (`قمة`). Not `زار`, `اجتمع` or `محادثات`.
const MEETINGS_OF_PLAY: &[&str] = &[
    "التقى",
    "يلتقي",
    "لقاء",
    "لقاءات",
    "جولة",
    "استضاف",
    "يستضيف",
    "استضافة",
    "استقبل",
    "يستقبل",
    "استقبال",
    "قمة",
];

/// `ويلتقي المنتخبان السعودي والمصري`، `وتلتقي كرواتيا في دور الستة عشر مع الدنمارك`،
/// `استضافت المكسيك مونديال 1970`: in a sentence or a story about sport, a meeting, a round
/// or a hosting ([`MEETINGS_OF_PLAY`]) that no actor takes part in (only teams, or countries
/// and cities standing for them) is a match or a tournament, not talks. A minister, a coach or
/// a player who meets someone there (`التقى وزير الرياضة رئيس الاتحاد الدولي`), named or by
/// title alone, takes part in the clause, and the meeting stays.
fn is_a_match_between_sides(
    doc: &Doc,
    trigger: &Trigger,
    sentence: usize,
    actor: &[usize],
    target: &[usize],
) -> bool {
    let of_play = trigger.support.is_none()
        && doc.cue_entries(trigger.found).any(|cue| MEETINGS_OF_PLAY.contains(&cue.form.as_str()));
    let in_sport = || doc.is_about_sport(sentence) || doc.is_sport_story();
    if of_play && is_the_match(doc, trigger.found) && in_sport() {
        return true;
    }
    let actor_takes_part = actor.iter().chain(target).any(|&m| doc.is_actor(m));
    let clause = doc.clause_of(trigger.found.first_token);
    let office_takes_part = clause.into_iter().any(|at| {
        let key = doc.key(at);
        crate::claims::is_title_word(key) || key.strip_prefix('و').is_some_and(crate::claims::is_title_word)
    });
    of_play && !actor_takes_part && !office_takes_part && in_sport()
}

/// How far after `اللقاء` a `بين` may name the two who met (`اللقاء الثاني بين الأمير`).
const MET_BETWEEN_REACH: usize = 3;

/// `أحرز هدف اللقاء الوحيد`، `انتهى اللقاء بفوز السعودية`، `الحكم الذي أدار اللقاء`: in sport,
/// `اللقاء` with the article and no pronoun is the match, whoever is named near it, unless
/// `بين` follows to name who met.
fn is_the_match(doc: &Doc, found: &CueMatch) -> bool {
    let between =
        (found.last_token + 1..found.last_token + 1 + MET_BETWEEN_REACH).any(|at| doc.key(at) == "بين");
    found.first_token == found.last_token
        && found.proclitics.article
        && matches!(doc.stem_of(found), "اللقاء" | "اللقاءات" | "لقاء" | "لقاءات")
        && !between
}

/// `وأكدت دعمها حق إسرائيل في التحرك`، `ندعم بقوة حق إسرائيل`: backing (دعم) given to a right, a
/// stance or a plan ([`STANCES`]), past words that only strengthen it, is support stated, not
/// aid in kind.
fn backs_a_stance(doc: &Doc, found: &CueMatch) -> bool {
    // Backing only: what is protected or saved (`حماية حقوق الملكية`، `أنقذ الموقف`) is not
    // stated support.
    if !doc.stem_of(found).contains("دعم") {
        return false;
    }
    let clause_end = doc.clause_of(found.last_token).end;
    let Some(object) =
        (found.last_token + 1..clause_end).find(|&at| !BACKING_INTENSIFIERS.contains(&doc.key(at)))
    else {
        return false;
    };
    let key = doc.key(object);
    let bare = crate::grammar::without_article(key).or_else(|| key.strip_prefix('ل'));
    STANCES.contains(&key) || bare.is_some_and(|rest| STANCES.contains(&rest))
}

/// `منذ اعتداءات 11 سبتمبر`، `ذكرى اغتيال الحريري`: an event noun that dates or recalls what
/// the sentence is about ([`crate::background::is_time_reference`]).
fn is_background_reference(doc: &Doc, trigger: &Trigger) -> bool {
    trigger.support.is_none()
        && trigger.class == WordClass::Noun
        && crate::background::is_time_reference(doc, trigger.found)
}

/// `فجرا الأزمة`، `خطفت الأضواء`، `انتزع اعترافات`، `هدد مرمى الفريق`: a single word of
/// violence or threat with an abstract object ([`crate::background::has_figurative_object`]).
fn is_figure_of_speech(doc: &Doc, trigger: &Trigger) -> bool {
    let found = trigger.found;
    matches!(trigger.event_type, "ASSAULT" | "THREATEN")
        && trigger.support.is_none()
        && found.first_token == found.last_token
        && crate::background::has_figurative_object(doc, found, after_named_subject(doc, found))
}

/// `وواصل العين هجومه وأهدر قائده فرصة`، `ليخطفها ويسددها خارج المرمى`، `الحارس الذي تصدى
/// لها`: an attack, a snatch, a clash or a threat told in a sentence about play in a match
/// ([`crate::background::is_play_in_a_match`]) is a move of the game; killings, injuries and
/// threats of death there (`فهدد بالقتل`) stay acts.
fn is_move_in_a_match(doc: &Doc, trigger: &Trigger) -> bool {
    let after = trigger.found.last_token + 1..doc.clause_of(trigger.found.last_token).end;
    let of_death = || after.clone().any(|at| matches!(doc.key(at), "بالقتل" | "بالموت" | "بالتصفيه"));
    let move_of_play = match trigger.event_type {
        "ASSAULT" => matches!(trigger.mode, "attack" | "abduction" | "clash"),
        "THREATEN" => !of_death(),
        _ => false,
    };
    move_of_play && crate::background::is_play_in_a_match(doc, trigger.found)
}

/// `قانون العقوبات اللبناني`، `جريمة يعاقب عليها القانون`: penalties of the law (a penal
/// code, what an act is punishable by) are no sanction imposed.
fn is_penalty_of_law(doc: &Doc, trigger: &Trigger) -> bool {
    let found = trigger.found;
    if trigger.event_type != "SANCTION" || trigger.support.is_some() {
        return false;
    }
    let before = found.first_token.checked_sub(1).map_or("", |t| doc.key(t));
    let code = before.strip_prefix(['و', 'ب', 'ل']).unwrap_or(before) == "قانون";
    let punishable = doc.stem_of(found).ends_with("عاقب")
        && matches!(doc.key(found.last_token + 1), "عليها" | "عليه" | "عليهم" | "عليهما");
    code || punishable
}

/// `أسلحة وذخيرة ومتفجرات`، `نشر الصواريخ`: explosives or missiles named as goods
/// ([`crate::background::is_materiel`]).
fn is_stock_of_weapons(doc: &Doc, trigger: &Trigger) -> bool {
    // Chemical weapons as things held (`برنامج الأسلحة الكيماوية`), not their use.
    let stem = doc.stem_of(trigger.found);
    let weapons_held = trigger.mode == "chemical" && stem.contains("اسلح");
    let material = WEAPON_MODES.contains(&trigger.mode) || stem.contains("متفجر") || weapons_held;
    trigger.support.is_none()
        && trigger.class == WordClass::Noun
        && material
        && crate::background::is_materiel(doc, trigger.found)
}

/// `شهدت البلاد 140 هجوما انتحاريا في العام 2006`: acts counted over a whole year are a
/// statistic ([`crate::background::is_count_over_a_year`]), not one act reported.
fn is_a_yearly_count(doc: &Doc, trigger: &Trigger) -> bool {
    let found = trigger.found;
    let counted = found.first_token.checked_sub(1).is_some_and(|t| doc.counts_at(t));
    trigger.support.is_none()
        && trigger.class == WordClass::Noun
        && counted
        && crate::background::is_count_over_a_year(doc, found)
}

/// `دخل الاتفاق حيز التنفيذ`، `دخلت الأزمة عامها الثامن`، `دخل المستشفى`: to enter a stage,
/// a state or an institution is no entry of forces into ground.
fn enters_a_state(doc: &Doc, trigger: &Trigger) -> bool {
    let found = trigger.found;
    if trigger.mode != "occupy" || trigger.support.is_some() || found.first_token != found.last_token {
        return false;
    }
    let stem = doc.stem_of(found);
    if !(stem.contains("دخل") || stem.contains("دخول")) {
        return false;
    }
    // The subject, named or a plain noun (`دخلت الأزمة عامها الثامن`), may stand between,
    // and a preposition before what is entered (`دخل في مرحلة`، `دخول إلى السوق`).
    let clause_end = doc.clause_of(found.first_token).end;
    let from = after_named_subject(doc, found);
    (from..(from + ENTERED_REACH).min(clause_end)).any(|at| crate::grammar::is_entered_state(doc.key(at)))
}

/// `مع تفجر العنف الطائفي`، `وتزامن تفجر أعمال القرصنة`، `الصراع الذي تفجر`: bare `تفجر` is
/// also the perfect and the verbal noun of تفجّر (to erupt, an eruption), the commoner reading
/// in news; it is a blast (تُفجّر, detonates) only with a device after it (`تفجر عبوة`).
fn erupts(doc: &Doc, trigger: &Trigger) -> bool {
    let found = trigger.found;
    let bare = trigger.support.is_none()
        && trigger.mode == "bombing"
        && found.first_token == found.last_token
        && doc.stem_of(found) == "تفجر";
    bare && !crate::grammar::is_device_word(doc.key(found.last_token + 1))
}

/// `أنظمة صواريخ أرض جو`، `زوارق الصواريخ`، `الدفاع ضد الصواريخ`، `مطلقي الصواريخ`: a
/// weapon noun after a head of equipment names the weapon someone has, makes or defends
/// against, not a shot fired.
fn is_equipment(doc: &Doc, trigger: &Trigger) -> bool {
    let found = trigger.found;
    let before = found.first_token.checked_sub(1).map_or("", |t| doc.key(t));
    // `مقر ومستودع للصواريخ`: the head may carry و.
    let bare = before.strip_prefix('و').unwrap_or(before);
    trigger.support.is_none()
        && trigger.class == WordClass::Noun
        && WEAPON_MODES.contains(&trigger.mode)
        && (crate::grammar::is_equipment_head(before) || crate::grammar::is_equipment_head(bare))
}

/// `صورة تجمعه بوالدته`، `علاقة تجمع بين البلدين`: the present of جمع (brings together) is
/// spelled like تجمّع (gathered); it takes an object pronoun or بين, which a gathering does
/// not. The noun with a possessive (`أماكن تجمعهم`) names where people gather, not a rally
/// that took place.
fn brings_together(doc: &Doc, trigger: &Trigger) -> bool {
    let found = trigger.found;
    let single = trigger.support.is_none() && found.first_token == found.last_token;
    single
        && trigger.event_type == "PROTEST"
        && doc.stem_of(found).starts_with("تجمع")
        && (carries_object_pronoun(doc, found) || doc.key(found.last_token + 1) == "بين")
}

/// `مسيرة السلام` (the peace process), `مسيرة التنمية`: مسيرة before what develops is a
/// course, not a march; `العملية الانتخابية`، `عملية سياسية`: an operation so described is a
/// process, not an attack.
fn is_a_process(doc: &Doc, trigger: &Trigger) -> bool {
    let found = trigger.found;
    let stem = doc.stem_of(found);
    let course = trigger.mode == "march" && stem.contains("مسير");
    let operation = trigger.event_type == "ASSAULT" && crate::grammar::is_generic_act_noun(stem);
    (course || operation)
        && trigger.support.is_none()
        && found.first_token == found.last_token
        && crate::grammar::is_process_complement(doc.key(found.last_token + 1))
}

/// The verbs of beginning among the verbs of managing (as the trigger data writes them):
/// `شرع في`.
const BEGINNING_VERBS: &[&str] = &["شرع", "يشرع"];

/// `تحقيق الأهداف`، `تحقيق نمو`: تحقيق before what one achieves is achieving, not an
/// investigation.
fn is_an_achievement(doc: &Doc, trigger: &Trigger) -> bool {
    // What one manages to do with تحقيق is to achieve (`تمكنت من تحقيق نمو`), not to inquire;
    // what one begins may be either (`شرعت الشرطة في تحقيق جنائي`).
    let begun =
        |verb: &CueMatch| doc.cue_entries(verb).any(|cue| BEGINNING_VERBS.contains(&cue.form.as_str()));
    let managed = matches!(trigger.support, Some((verb, Support::Control)) if !begun(verb));
    trigger.event_type == "INVESTIGATE"
        && (managed
            || (trigger.support.is_none()
                && crate::grammar::is_achieved_thing(doc.key(trigger.found.last_token + 1))))
}

/// How far after تحالف its partner's مع is looked for (`تحالف زعيم الحزب دولت بهتشلي مع`).
const ALLY_REACH: usize = 6;

/// `حصل تحالف "سائرون" على 54 مقعدا`، `وهو تحالف لمسلحين`، `تقود السعودية تحالفا عسكريا`:
/// تحالف spelled as the verb (allied) with no مع after it is the noun, an alliance named or
/// described, not an act of allying (`تحالف حقاني معها`، `تحالف الحوثيين مع حزب المؤتمر`).
fn is_an_alliance_named(doc: &Doc, trigger: &Trigger) -> bool {
    let found = trigger.found;
    let single = trigger.support.is_none() && found.first_token == found.last_token;
    if !single || trigger.event_type != "COOPERATE" || !doc.stem_of(found).starts_with("تحالف") {
        return false;
    }
    let end = doc.clause_of(found.first_token).end.min(found.last_token + 1 + ALLY_REACH);
    !(found.last_token + 1..end).any(|at| doc.key(at).starts_with("مع"))
}

/// `تحالف "دعم الشرعية"`: an act's noun opening a quote right after the noun alliance is the
/// name of that alliance, no act of its own (without the quote the noun is an act the
/// alliance does: `مقاتلات التحالف استهدافها`).
fn names_an_alliance(doc: &Doc, trigger: &Trigger) -> bool {
    let found = trigger.found;
    if trigger.support.is_some() || found.proclitics.letters > 0 {
        return false;
    }
    let quoted = found.first_token.checked_sub(1).is_some_and(|t| matches!(doc.raw(t), "\"" | "«" | "“"));
    let before = found.first_token.checked_sub(2).filter(|_| quoted);
    before.is_some_and(|t| {
        let key = doc.key(t);
        let bare = key.strip_prefix(['و', 'ل', 'ب']).filter(|rest| rest.ends_with("تحالف")).unwrap_or(key);
        matches!(bare, "تحالف" | "التحالف")
    })
}

/// Prepositions of place before a prison (folded): `في سجن إيفين`، `داخل السجن`.
const PRISON_PLACES: &[&str] = &["في", "داخل", "الي", "من", "خارج"];

/// `وتحتجز في سجن إيفين`، `قضى يومين في السجن`: سجن after a preposition of place is the
/// prison, where someone is, not an act of jailing (`قررت المحكمة سجنه`، `حكم عليه بالسجن`).
fn is_a_prison(doc: &Doc, trigger: &Trigger) -> bool {
    let found = trigger.found;
    let prison = matches!(doc.key(found.first_token), "سجن" | "السجن" | "سجون" | "السجون");
    let place_before = found.first_token.checked_sub(1).is_some_and(|t| PRISON_PLACES.contains(&doc.key(t)));
    trigger.event_type == "COERCE"
        && trigger.support.is_none()
        && found.first_token == found.last_token
        && prison
        && place_before
}

/// `يبحث عن إعادة نفسه`: بحث with عن is to search for, not to hold talks.
fn is_a_search(doc: &Doc, trigger: &Trigger) -> bool {
    trigger.event_type == "CONSULT"
        && trigger.support.is_none()
        && trigger.found.first_token == trigger.found.last_token
        && doc.key(trigger.found.last_token + 1) == "عن"
}

/// How many tokens after دعا its إلى or ل may stand (`ودعا وزير الخارجية الأمريكي، مايك
/// بومبيو، السعودية إلى`).
const CALLED_TO_REACH: usize = 16;

/// `ودعت كوستاريكا البطولة`، `ودعته الجماهير`: ودّع (bade farewell) is spelled as و + دعا
/// (called). A call names what it calls for after إلى, ل or ب (`بالحفاظ`، `لاحترام`);
/// without one in its sentence the word read off a glued و is the farewell.
fn is_a_farewell(doc: &Doc, trigger: &Trigger) -> bool {
    let found = trigger.found;
    if trigger.event_type != "DEMAND"
        || trigger.support.is_some()
        || found.first_token != found.last_token
        || !found.proclitics.conjunction
        || !doc.after_conjunction(found).starts_with("دع")
    {
        return false;
    }
    // In a sentence about sport it is the farewell (`ودعت كولومبيا المونديال بركلات الترجيح`).
    let Some(sentence) = doc.sentence_of(found.first_token) else { return false };
    if doc.is_about_sport(sentence) {
        return true;
    }
    // Past commas too: a subject set off by them (`ودعا الرئيس الروسي، فلاديمير بوتين، إلى`).
    let sentence_end = doc.sentences.get(sentence).map_or(0, |s| s.end);
    let reach = found.last_token + 1..sentence_end.min(found.last_token + 1 + CALLED_TO_REACH);
    !reach.into_iter().any(|at| {
        let key = doc.key(at);
        let glued = key.starts_with(['ل', 'ب']) && !matches!(key, "لا" | "لم" | "لن" | "لكن" | "بل");
        matches!(key, "الي" | "لي") || glued
    })
}

/// `دعونا لا نخطئ`، `دعونا نتحدث`: "let us", before لا or a verb of "we", is spelled as
/// "we called" (دعونا) and calls on nobody.
fn is_let_us(doc: &Doc, trigger: &Trigger) -> bool {
    let found = trigger.found;
    let next = doc.key(found.last_token + 1);
    trigger.event_type == "DEMAND"
        && found.first_token == found.last_token
        && doc.after_conjunction(found) == "دعونا"
        && (next == "لا" || next.starts_with('ن'))
}

/// `الفصائل التي تدين بالولاء لتركيا`: to "owe" loyalty or a favour is spelled like to
/// condemn (دان، يدين), and is no condemnation.
fn professes_allegiance(doc: &Doc, trigger: &Trigger) -> bool {
    trigger.event_type == "DISAPPROVE"
        && trigger.support.is_none()
        && crate::grammar::is_owed_thing(doc.key(trigger.found.last_token + 1))
}

/// `انسحاب أمريكا من الاتفاق النووي`: leaving an agreement or a treaty is no withdrawal of
/// forces.
fn leaves_an_agreement(doc: &Doc, trigger: &Trigger) -> bool {
    let found = trigger.found;
    trigger.event_type == "RETREAT"
        && (found.last_token + 1..found.last_token + 5)
            .any(|at| doc.key(at) == "من" && crate::grammar::is_agreement_word(doc.key(at + 1)))
}

/// `متظاهرين` names people, not an act: they protest when they do something (`هتف
/// المتظاهرون`، `أغلق محتجون الطريق`), not when they are dispersed, arrested or counted
/// (`تفريق المتظاهرين`، `توقيف أربعة متظاهرين`). A protest participle alone makes an event
/// only as the subject of a verb, right after it (past a count).
fn is_bare_participant(doc: &Doc, trigger: &Trigger) -> bool {
    // The suicide bomber (`انتحاري`، `3 آلاف انتحاري`، `مغامرة انتحارية`) is a person or a
    // quality the same way: the act is his verb (`فجر الانتحاري نفسه`).
    let protester = trigger.class == WordClass::Participle && trigger.event_type == "PROTEST";
    let bomber = trigger.class == WordClass::Noun
        && trigger.mode == "suicide"
        && trigger.found.first_token == trigger.found.last_token;
    if trigger.support.is_some() || !(protester || bomber) {
        return false;
    }
    // The indefinite nominative plural (`محتجون أغلقوا الطريق`) is a subject: they did
    // something. With the article (`وحمل المتظاهرون صورا`) it points back to protesters
    // already told of: their protest is reported where they were first named.
    let word = doc.text.get(trigger.found.start..trigger.found.end).unwrap_or("");
    if word.ends_with("ون") && !trigger.found.proclitics.article {
        return false;
    }
    let mut at = trigger.found.first_token;
    while let Some(before) = at.checked_sub(1) {
        if !counts_people(doc, before) {
            break;
        }
        at = before;
    }
    let verb_before = at
        .checked_sub(1)
        .and_then(|t| doc.cue_match_at(t))
        .filter(|c| doc.cue_entries(c).any(|cue| matches!(cue.class, WordClass::Past | WordClass::Present)));
    verb_before.is_none_or(|verb| is_done_to_a_count(doc, verb))
}

/// Whether token `at` counts the people named after it: a number, or `آلاف`، `مئات`،
/// `عشرات` and the `من` of `آلاف من المتظاهرين`.
fn counts_people(doc: &Doc, at: usize) -> bool {
    doc.counts_at(at) || matches!(doc.key(at), "من" | "الاف" | "ميات" | "عشرات" | "الالاف" | "الميات")
}

/// How far after a protest trigger its doers are looked for (`وهتف بعض المتظاهرين`), and how
/// far before (`وردد المتظاهرون في الميدان الرئيسي بالمدينة هتافات`), in tokens.
const PROTESTERS_AFTER: usize = 3;
const PROTESTERS_BEFORE: usize = 6;

/// `وهتف المتظاهرون`، `ردد المتظاهرون هتافات`، `المتظاهرين الذين يهتفون`: chants of the
/// protesters already told of (with the article, not counted) tell more of the protest
/// reported where they were first named; they are no new one. Counted ones (`تجمع آلاف
/// المتظاهرين`) are being introduced, and gathering or marching (`وتجمع المتظاهرون في
/// القرية`) is the protest itself.
fn is_by_protesters_told_of(doc: &Doc, trigger: &Trigger) -> bool {
    if trigger.event_type != "PROTEST"
        || !doc.cue_entries_folded(trigger.found).any(|(_, form, _)| is_chant_word(form))
    {
        return false;
    }
    let found = trigger.found;
    let clause = doc.clause_of(found.first_token);
    let from = found.first_token.saturating_sub(PROTESTERS_BEFORE).max(clause.start);
    let to = (found.last_token + 1 + PROTESTERS_AFTER).min(clause.end);
    (from..to).filter(|&at| at < found.first_token || at > found.last_token).any(|at| {
        is_definite_protesters(doc.key(at))
            && !at.checked_sub(1).is_some_and(|before| counts_people(doc, before))
    })
}

/// `اعتقل أكثر من 100 متظاهر`، `أصيب 32 متظاهرا`: a verb of harm or arrest read as passive (a
/// count right after it, nobody before it) takes the people counted as its victims, not as
/// its doers. A clash (`اشتبك مئات المتظاهرين`) has no passive: its count is its subject.
fn is_done_to_a_count(doc: &Doc, verb: &CueMatch) -> bool {
    // Only a perfect: a present (`يحتل نحو عشرة متظاهرين ردهة`) has its subject after it.
    let harms = doc.cue_entries(verb).any(|cue| {
        cue.class == WordClass::Past
            && matches!(cue.role, CueRole::Trigger { mode, .. } if VICTIM_MODES.contains(&mode) || mode == "attack")
    });
    harms && is_passive(doc, verb, doc.clause_of(verb.first_token).end)
}

/// Whether a trigger with nobody named reports an act that happened rather than naming a
/// kind of act (`القتل أو التعذيب`): a verb does; a noun does when a support verb carries it,
/// a count of victims follows it (`مقتل 16 شخصا`), a passive auxiliary in the perfect stands
/// before it (`تم إطلاق النار`), a verb of occurrence follows in its clause (`هجوم وقع`،
/// `انفجار أسفر عن`), or it stands indefinite before a place or a date.
fn is_anchored(doc: &Doc, trigger: &Trigger) -> bool {
    let found = trigger.found;
    if trigger.support.is_some() || matches!(trigger.class, WordClass::Past | WordClass::Present) {
        return is_situated(doc, found) || has_agent_noun(doc, trigger);
    }
    let clause = doc.clause_of(found.first_token);
    let after = found.last_token + 1..clause.end;
    // A count of the dead after a force of nature or a crash named before (`ضرب زلزال …
    // مسفرا عن مقتل خمسة أشخاص`) is theirs.
    if count_after(doc, found.last_token, clause.end).is_some() && !follows_a_mishap(doc, found) {
        return true;
    }
    // Not after a relative pronoun: `الموقع الذي تم استهدافه` describes by an act told before.
    let done = found.first_token.checked_sub(1).is_some_and(|t| {
        crate::grammar::is_perfect_passive_auxiliary(doc.key(t))
            && !t.checked_sub(1).is_some_and(|r| is_relative_pronoun(doc.key(r)))
    });
    if done || after.clone().any(|at| is_occurrence_verb(doc.key(at))) || occurred_per_relative(doc, found) {
        return true;
    }
    // Read the sentence back for a mishap only when a sign of harm is there.
    let harmed = trigger.event_type == "ASSAULT"
        && (occurs_before(doc, found, clause.start)
            || names_a_victim_after(doc, found, clause.end)
            || caused_harm_before(doc, trigger));
    if harmed && !follows_a_mishap(doc, found) {
        return true;
    }
    let indefinite = !found.proclitics.article;
    let situated =
        after.take(4).any(|at| doc.mention_at(at).is_some_and(|m| doc.is_place(m) || doc.is_date(m)));
    indefinite && situated
}

/// How many words (the act's adjectives) may stand between an act's noun and the relative
/// pronoun of the clause that says it happened (`التفجير الانتحاري الذي وقع`).
const ACT_RELATIVE_REACH: usize = 3;

/// `الهجوم الذي وقع في باكستان`، `الاشتباكات التي اندلعت`: a relative clause whose verb is one
/// of happening says the act named took place.
fn occurred_per_relative(doc: &Doc, found: &CueMatch) -> bool {
    let from = found.last_token + 1;
    let sentence = doc.sentence_of(found.first_token);
    (from..from + ACT_RELATIVE_REACH)
        .take_while(|&at| doc.sentence_of(at) == sentence && !doc.key(at).is_empty())
        .find(|&at| is_relative_pronoun(doc.key(at)))
        .is_some_and(|relative| {
            let verb = doc.key(relative + 1);
            is_occurrence_verb(verb) || crate::grammar::is_outbreak_verb(verb)
        })
}

/// `وقع انفجار في المنطقة`، `أسفر انفجار سيارة مفخخة عن مقتل`، `مما أدى إلى مقتل`: a verb of
/// happening or of result standing first, before the act as its subject or its outcome
/// (Arabic's verb-subject order), says it happened. After a preposition وقع is a noun (`على
/// وقع العمليات`, to the beat of).
fn occurs_before(doc: &Doc, found: &CueMatch, clause_start: usize) -> bool {
    let from = clause_start.max(found.first_token.saturating_sub(OCCURRENCE_REACH_BEFORE));
    (from..found.first_token).any(|at| {
        let key = doc.key(at);
        let after_preposition = at.checked_sub(1).is_some_and(|t| crate::grammar::is_preposition(doc.key(t)));
        (crate::grammar::is_result_verb(key) || crate::grammar::is_outbreak_verb(key)) && !after_preposition
    })
}

/// `ضرب زلزال قوي غرب اليابان، مسفرا عن مقتل شخصين`، `تحطم مروحية ما أسفر عن مقتل`: deaths
/// after a force of nature or a crash, named earlier in the sentence, are theirs, no attack.
fn follows_a_mishap(doc: &Doc, found: &CueMatch) -> bool {
    let Some(sentence) = doc.sentence_of(found.first_token).and_then(|s| doc.sentences.get(s)) else {
        return false;
    };
    (sentence.start..found.first_token)
        .any(|at| is_natural_subject(doc, at) || crate::grammar::is_mishap(doc.key(at)))
}

/// How far before an act its verb of occurrence may stand: the act's own noun before it
/// (`أسفر انفجار سيارة مفخخة`).
const OCCURRENCE_REACH_BEFORE: usize = 2;

/// `مقتل شرطيين`، `إصابة جندي`، `اختطاف طفل`: one person or two, named by what they are and
/// without the article, right after the act: someone was harmed, so it happened. (A count
/// of three and more is a quantity, which [`count_after`] reads; `قتل المدنيين`, with the
/// article, may name a kind of act.)
fn names_a_victim_after(doc: &Doc, found: &CueMatch, clause_end: usize) -> bool {
    let next = found.last_token + 1;
    next < clause_end && doc.mention_at(next).is_none() && crate::grammar::is_victim_noun(doc.key(next))
}

/// Whether a verb of force has an unnamed doer right before or after it (`مهاجما انتحاريا
/// فجر نفسه`، `أطلق مسلحون`، `قواته قتلت`): gunmen, attackers, soldiers, police, aircraft
/// acting in this world, which a story or a saying does not name this way.
fn has_agent_noun(doc: &Doc, trigger: &Trigger) -> bool {
    // `نفذ مسلحون عملية خطف`: next to the support verb that carries the noun, too.
    let by_verb = || trigger.support.is_some_and(|(verb, _)| has_unnamed_doer(doc, verb));
    ["ASSAULT", "COERCE", "PROTEST"].contains(&trigger.event_type)
        && (has_unnamed_doer(doc, trigger.found) || by_verb())
}

/// Whether an unnamed doer ([`AGENT_NOUNS`]) stands right before or after the words of
/// `found`, in its sentence: then that is the subject, and no name further away is.
/// A doer named by what it belongs to (`الجنود الإسرائيليون`، `قوات ألوية "حراس الجمهورية"`)
/// is not unnamed: an actor within two words after the noun names it.
fn has_unnamed_doer(doc: &Doc, found: &CueMatch) -> bool {
    let around = [found.first_token.checked_sub(1), Some(found.last_token + 1)];
    around.into_iter().flatten().any(|at| is_unnamed_agent_beside(doc, found, at))
}

/// Whether token `at`, beside the words of `found` in its sentence, is an unnamed doer
/// ([`AGENT_NOUNS`]) that no actor within two words after it names.
fn is_unnamed_agent_beside(doc: &Doc, found: &CueMatch, at: usize) -> bool {
    let named_after =
        |at: usize| (at + 1..=at + 2).any(|t| doc.mention_at(t).is_some_and(|m| doc.is_actor(m)));
    doc.sentence_of(at) == doc.sentence_of(found.first_token)
        && doc.mention_at(at).is_none()
        && is_agent_noun(doc.key(at))
        && !named_after(at)
}

/// [`has_unnamed_doer`] as a verb's subject: the word before the verb, or the one after it
/// but not in the object's case (`يستهدف مسلحين`: the gunmen are targeted; `هاجم مسلحون`:
/// they attack).
fn unnamed_subject_of(doc: &Doc, verb: &CueMatch) -> Option<usize> {
    let after = verb.last_token + 1;
    let before = verb.first_token.checked_sub(1);
    // `مسلحين ملثمين هاجموا`: an adjective agreeing with a plural or dual may stand between (not
    // الذين: `الجنود الذين هجروا ثكناتهم` is told of them, not done by them here).
    let described = |before: usize| {
        let agrees = crate::args::is_count_adjective(doc, before) && !is_relative_pronoun(doc.key(before));
        before.checked_sub(1).filter(|&agent| agrees && is_unnamed_agent_beside(doc, verb, agent))
    };
    before
        .filter(|&before| is_unnamed_agent_beside(doc, verb, before))
        .or_else(|| before.and_then(described))
        .or_else(|| {
            (!doc.key(after).ends_with("ين") && is_unnamed_agent_beside(doc, verb, after)).then_some(after)
        })
}

/// `مسلحون هاجموا مقر الشركة`، `قام مسلحون بمهاجمة سيارة`: a weak verb of force (or a
/// support verb's noun) whose subject is gunmen, soldiers or police is no figure of speech.
/// Ground is taken or besieged by forces on the ground, not by the police (`طوقت الشرطة
/// الشوارع` is a cordon, `دخلت الشرطة العيادة` an entry) nor by aircraft; and the police's
/// campaigns (`شنت الشرطة حملة`) are searches, not attacks.
fn done_by_unnamed_force(doc: &Doc, trigger: &Trigger) -> bool {
    let verb = match trigger.support {
        Some((verb, Support::Light | Support::Control)) => verb,
        Some(_) => return false,
        None if matches!(trigger.class, WordClass::Past | WordClass::Present) => trigger.found,
        None => return false,
    };
    let Some(agent) = unnamed_subject_of(doc, verb) else { return false };
    let police = [agent, agent + 1].iter().any(|&at| crate::grammar::is_police_word(doc.key(at)));
    let takes_ground = matches!(trigger.mode, "occupy" | "siege");
    match trigger.event_type {
        "COERCE" => true,
        "ASSAULT" if takes_ground => !police && !crate::grammar::is_aircraft_word(doc.key(agent)),
        "ASSAULT" => !police || trigger.support.is_none(),
        _ => false,
    }
}

/// Verbs of fighting off an attack (folded stems, after any conjunction): the attack they
/// take for object is the other side's.
const REPEL_VERBS: &[&str] = &["صد", "صدت", "يصد", "تصد", "صدوا", "تصدت", "تصدي", "يتصدي", "تتصدي"];

/// How many words may stand between a verb of fighting off and the attack it takes
/// (`صدت القوات سلسلة هجمات`، `تصدت لهجوم`).
const REPELLED_REACH: usize = 3;

/// `صدت قوات الجيش سلسلة هجمات`: an attack noun a verb of fighting off takes for its object
/// was made by the other side, not by the subject of the sentence.
/// So is one it takes after ل past its subject (`تصدت الدفاعات الجوية السورية لغارات`).
fn is_repelled(doc: &Doc, trigger: &Trigger) -> bool {
    let at = trigger.found.first_token;
    trigger.event_type == "ASSAULT"
        && (repel_verb_before(doc, at, REPELLED_REACH) || is_fought_off(doc, trigger.found))
}

/// Whether a verb of fighting off stands within `reach` words before token `at`, in its clause.
fn repel_verb_before(doc: &Doc, at: usize, reach: usize) -> bool {
    let from = doc.clause_of(at).start.max(at.saturating_sub(reach));
    (from..at).any(|t| is_repel_verb(doc.key(t)))
}

/// How many words may stand between a verb of fighting off and the ل of the attack it takes,
/// its subject between (`تصدت الدفاعات الجوية السورية لغارات`).
const FOUGHT_OFF_REACH: usize = 5;

/// Whether the noun at `found`, with ل glued, is the attack a verb of fighting off before it
/// in its clause takes: an act of force, not a weapon (`تصدت القوات لصاروخ` is its shooting
/// down) nor anything else opposed (`تصدى أمام المحاكم لاتفاق`).
fn is_fought_off(doc: &Doc, found: &CueMatch) -> bool {
    if !doc.has_glued_preposition(found, 'ل') {
        return false;
    }
    let attack = doc
        .role_of(found, |role| match role {
            CueRole::Trigger { event_type: "ASSAULT", mode, .. } if !WEAPON_MODES.contains(mode) => Some(()),
            _ => None,
        })
        .is_some();
    attack && repel_verb_before(doc, found.first_token, FOUGHT_OFF_REACH)
}

/// Whether a word (folded) is one of [`REPEL_VERBS`], after any conjunction.
fn is_repel_verb(key: &str) -> bool {
    let bare = key.strip_prefix(['و', 'ف']).filter(|rest| rest.chars().count() >= 2).unwrap_or(key);
    REPEL_VERBS.contains(&bare)
}

/// `تصدت الدفاعات الجوية لهجوم صاروخي إسرائيلي`، `تتصدى لعدوان إسرائيلي`: the state whose
/// attack a verb of fighting off takes, by the nationality after the attack's noun, is the
/// one fought off (its mention in the text).
/// The attack is right after the verb or, past its subject, the first noun with ل glued
/// (`تصدت الدفاعات الجوية السورية لغارات إسرائيلية`).
fn state_of_repelled_act(doc: &Doc, trigger: &Trigger, clause_end: usize, actor: &[usize]) -> Option<usize> {
    let next = trigger.found.last_token + 1;
    if next >= clause_end || !is_repel_verb(doc.key(trigger.found.first_token)) {
        return None;
    }
    let assault_at = |at: usize| {
        doc.cue_match_at(at).filter(|act| act.first_token == at && act_type_of(doc, act) == Some("ASSAULT"))
    };
    let after_subject = || {
        (next + 1..clause_end.min(next + FOUGHT_OFF_REACH))
            .filter_map(assault_at)
            .find(|act| doc.has_glued_preposition(act, 'ل'))
    };
    let act = assault_at(next).or_else(after_subject)?;
    let acting = |m: usize| actor.iter().any(|&a| doc.same_entity(a, m));
    crate::args::state_of_held_noun(
        doc,
        act.last_token,
        act.proclitics.article,
        trigger.found.first_token,
        acting,
    )
}

/// `صدت القوات سلسلة هجمات للميليشيات`: a group named by a common noun after ل right after
/// an event noun is its doer, unnamed: the act is not carried over to the subject of the
/// sentence (who fought the attacks off).
fn group_named_after_la(doc: &Doc, trigger: &Trigger) -> bool {
    let next = trigger.found.last_token + 1;
    let Some(noun) = doc.key(next).strip_prefix("لل") else { return false };
    // Only armed groups: after other nouns ل as often marks what the act is done to
    // (`انتقاداته للجماعة`، `الانضمام للحكومة`).
    let group = || {
        let definite = format!("ال{noun}");
        let armed = crate::grammar::glued_anaphoric_noun(doc.key(next))
            .and_then(crate::grammar::anaphor_types)
            .is_some_and(|types| types == ["armed_group"]);
        is_agent_noun(&definite) || armed
    };
    trigger.event_type == "ASSAULT"
        && doc.mention_at(next).is_none()
        && doc.sentence_of(next) == doc.sentence_of(trigger.found.last_token)
        && group()
}

/// True for one of the [`AGENT_NOUNS`]: a filter first (a hash of the word), then the list,
/// which a word was compared with entry by entry (42 words, asked twice a trigger).
fn is_agent_noun(key: &str) -> bool {
    static FILTER: std::sync::OnceLock<marsad_text::hash::KeyFilter> = std::sync::OnceLock::new();
    let filter = FILTER.get_or_init(|| marsad_text::hash::KeyFilter::with_bits(AGENT_NOUNS.iter(), 10));
    filter.may_contain(key.as_bytes()) && AGENT_NOUNS.contains(&key)
}

/// True when the trigger is the verb of a phrase split by its subject (`أطلق مسلحون النار`).
fn is_split_phrase(doc: &Doc, trigger: &Trigger, head: &CueMatch) -> bool {
    trigger.support.is_none() && doc.split_rest(head.first_token).is_some()
}

/// [`has_unnamed_doer`] for a verb (its subject), not for a noun, whose next word may as well
/// be what it was done to (`إطلاق سراح جندي`); or an unnamed subject the verb's clause puts
/// elsewhere. A support verb is such a verb (`الطيارين الذين نفذوا الهجوم`).
fn verb_has_unnamed_doer(doc: &Doc, trigger: &Trigger, head: &CueMatch) -> bool {
    let verbal = match trigger.support {
        None => matches!(trigger.class, WordClass::Past | WordClass::Present),
        Some((_, support)) => matches!(support, Support::Light | Support::Control),
    };
    verbal
        && (has_unnamed_doer(doc, head)
            || follows_unnamed_antecedent(doc, head)
            || follows_unnamed_clause_subject(doc, head)
            || has_subject_after_relative(doc, head)
            || follows_those_who(doc, head))
}

/// `العشرات ممن اعتُقلوا`: after ممن (of those who) the verb's subject is the pronoun's own
/// "those", unnamed, not a name further back — unless a name stands right before it
/// (`وكان نتنياهو ممن ساعدوا`: he was one of them).
fn follows_those_who(doc: &Doc, head: &CueMatch) -> bool {
    let those_who = head.first_token.checked_sub(1).filter(|&t| doc.key(t) == "ممن");
    let named_before = |t: usize| {
        t.checked_sub(1).and_then(|before| doc.mention_at(before)).is_some_and(|m| doc.is_actor(m))
    };
    those_who.is_some_and(|t| !named_before(t))
}

/// How many words may stand between a complementizer and its clause's verb as the verb's
/// unnamed subject (`أن مئات العائلات نزحت`).
const CLAUSE_SUBJECT_WORDS: usize = 2;

/// `وذكر ناشطون أن مئات العائلات نزحت`: a verb after a complementizer and an indefinite
/// phrase that names no one and no act has that phrase for its subject, unnamed: not the
/// doer of an act told before. A definite noun (`أن الجيش ضرب`، `أن الميليشيا تحتجز`) most
/// often points back to that doer, and a complementizer carrying a pronoun (`أنها سيطرت`)
/// does.
fn follows_unnamed_clause_subject(doc: &Doc, head: &CueMatch) -> bool {
    let names_nobody = |at: usize| {
        doc.mention_at(at).is_none_or(|m| !doc.is_actor(m) && !doc.is_place(m))
            && doc.cue_at(at).is_none()
            && !is_time_word(doc.key(at))
    };
    let indefinite = |at: usize| {
        let key = doc.key(at);
        // A quote opens (`أن "الجيش ضرب`): its words are read as they come.
        key.starts_with(char::is_alphabetic)
            && !key.starts_with("ال")
            && !crate::grammar::is_anaphor(key)
            && !ends_in_object_pronoun(key)
    };
    (2..=CLAUSE_SUBJECT_WORDS + 1).any(|back| {
        head.first_token.checked_sub(back).is_some_and(|at| {
            let key = doc.key(at);
            crate::grammar::is_complementizer(key)
                && !crate::grammar::is_pronoun_complementizer(key)
                && indefinite(at + 1)
                && (at + 1..head.first_token).all(names_nobody)
        })
    })
}

/// Whether a word ends in one of [`OBJECT_PRONOUNS`] past three letters of its own
/// (`بلاده`، `قواتها`), as a noun owned by someone named before does.
fn ends_in_object_pronoun(key: &str) -> bool {
    OBJECT_PRONOUNS.iter().any(|p| key.strip_suffix(p).is_some_and(|body| body.chars().count() >= 3))
}

/// `القوات الشعبية التي تقاتل داعش`: a verb right after a relative pronoun whose antecedent
/// is a definite common noun or adjective (no name, no act) is done by what that noun names,
/// unnamed: not by the doer of an act told before.
fn follows_unnamed_antecedent(doc: &Doc, head: &CueMatch) -> bool {
    let Some(antecedent) = head.first_token.checked_sub(2) else { return false };
    is_relative_pronoun(doc.key(antecedent + 1))
        && !carries_object_pronoun(doc, head)
        && doc.key(antecedent).starts_with("ال")
        && doc.mention_at(antecedent).is_none()
        && doc.cue_at(antecedent).is_none()
}

/// Unnamed doers of force (folded): the ones a report names when it knows no name.
const AGENT_NOUNS: &[&str] = &[
    "مسلح",
    "مسلحون",
    "مسلحين",
    "المسلحون",
    "المسلحين",
    "مجهولون",
    "مجهولين",
    "انتحاري",
    "انتحاريا",
    "الانتحاري",
    "انتحاريون",
    "الانتحاريون",
    "الانتحاريين",
    "مهاجم",
    "مهاجما",
    "المهاجم",
    "مهاجمون",
    "المهاجمون",
    "المهاجمين",
    "جنود",
    "الجنود",
    "جندي",
    "قناص",
    "قناصه",
    "الشرطه",
    "قواته",
    "قواتها",
    "قوات",
    "مقاتلون",
    "المقاتلون",
    "ميليشيات",
    "مليشيات",
    "طايرات",
    "طايره",
    "مروحيات",
    "مروحيه",
    "دبابه",
    "صاروخ",
    "متظاهرون",
    "المتظاهرون",
    "محتجون",
    "المحتجون",
];

/// `الاتفاق` with the article names an agreement already made (`الانسحاب من الاتفاق النووي`)
/// unless a verb of concluding stands just before it (`توصلا إلى الاتفاق`، `وقعا الاتفاقية`).
fn names_an_existing_agreement(doc: &Doc, trigger: &Trigger) -> bool {
    let found = trigger.found;
    // A phrase (`التوصل إلى اتفاق`) says the concluding itself.
    let single_word = found.first_token == found.last_token;
    if trigger.event_type != "AGREE" || trigger.support.is_some() || !single_word || !found.proclitics.article
    {
        return false;
    }
    let before = found.first_token.saturating_sub(3)..found.first_token;
    !before.into_iter().any(|at| is_concluding_verb(doc.key(at)))
}

/// Whether a verb with nobody named is tied to this world: a place, a date or a count in its
/// sentence (`قتل 13 عراقيا`، `انفجرت سيارة في بغداد أمس`), not a story or a saying (`قابيل
/// الذي قتل أخاه`).
fn is_situated(doc: &Doc, found: &CueMatch) -> bool {
    let Some(sentence) = doc.sentence_of(found.first_token).and_then(|s| doc.sentences.get(s)) else {
        return false;
    };
    sentence.clone().any(|at| {
        doc.mention_at(at).and_then(|m| doc.mentions.get(m)).is_some_and(|m| {
            matches!(
                m.info,
                MentionInfo::Place { .. } | MentionInfo::Date { .. } | MentionInfo::Quantity { .. }
            )
        })
    })
}

/// The trigger's span: the support verb through its noun when nothing stands between them
/// but plain words (`نفذت عدة غارات`), else the trigger word alone.
fn trigger_span(doc: &Doc, trigger: &Trigger) -> (usize, usize) {
    match trigger.support {
        Some((_, Support::Control)) | None => (trigger.found.start, trigger.found.end),
        Some((verb, _)) => {
            let named_between =
                (verb.last_token + 1..trigger.found.first_token).any(|t| doc.mention_at(t).is_some());
            if named_between {
                (verb.start, verb.end)
            } else {
                (verb.start, trigger.found.end)
            }
        }
    }
}

/// How far before the hostages their release may be told (`أفرجت الحركة عن ثلاثة رهائن`).
const RELEASE_REACH: usize = 5;

/// `أفرجت الحركة عن ثلاثة رهائن`، `الإفراج عن الرهائن الأميركيين`: hostages named as the ones
/// released tell of the release, not of their taking.
fn are_hostages_released(doc: &Doc, trigger: &Trigger) -> bool {
    let found = trigger.found;
    let hostages = trigger.mode == "abduction"
        && trigger.class == WordClass::Noun
        && found.first_token == found.last_token
        && doc.stem_of(found).starts_with("رها");
    let released = |cue: &CueMatch| {
        doc.role_of(cue, |role| matches!(role, CueRole::Trigger { mode: "release", .. }).then_some(()))
            .is_some()
    };
    hostages
        && doc
            .cues_in(found.first_token.saturating_sub(RELEASE_REACH)..found.first_token)
            .iter()
            .any(|cue| cue.last_token < found.first_token && released(cue))
}

/// Words of risk (folded, without the article): the act after them is feared.
const RISK_WORDS: &[&str] = &["خطر", "مخاطر", "اخطار", "شبح", "احتمال", "احتمالات"];

/// (negated, hedged, irrealis) from the modality words before the event's first word.
fn modality(doc: &Doc, trigger: &Trigger, head: &CueMatch, sentence: usize) -> (bool, bool, bool) {
    let start = doc.sentences.get(sentence).map_or(0, |s| s.start);
    // A support verb hedged by قد is read like a trigger verb: only as an imperfect (`قد تشن`),
    // never as a perfect (`وقد خاضت المعارك`, it has waged them).
    let past_verb = match trigger.support {
        None => trigger.class == WordClass::Past,
        Some((verb, _)) => !doc.cue_entries(verb).any(|cue| cue.class == WordClass::Present),
    };
    // `حاول المسلحون التقدم فتصدت لهم القوات`: a perfect joined by و or ف tells what happened
    // next, out of the reach of a verb of intent or attempt before it (that takes a verbal
    // noun or أن, never a perfect). A denial or a belief (`نفت أن تكون قصفت وقتلت`) still
    // holds what follows it, and so does a condition (`إذا تجاهلت … وأصرت`); a word that may
    // be a verbal noun (`ودعم`) may be what the verb aims at.
    let only =
        |found: &CueMatch, keep: fn(WordClass) -> bool| doc.cue_entries(found).all(|cue| keep(cue.class));
    let next_act = head.proclitics.conjunction && only(head, |class| class == WordClass::Past);
    // The future prefix (`سيشن`، `سنضرب`) tells of an act still to come.
    let mut marks = (false, false, head.proclitics.future);
    for found in doc.cues_in(start..head.first_token).iter().filter(|c| c.last_token < head.first_token) {
        let Some((kind, scope)) = doc.role_of(found, |role| match role {
            CueRole::Modality { kind, scope } => Some((*kind, *scope)),
            _ => None,
        }) else {
            continue;
        };
        let distance = head.first_token - found.last_token;
        let reaches = match scope {
            Scope::Next => distance <= 2,
            Scope::Clause => distance <= MODALITY_REACH,
        };
        // `لا يزال يواصل`: لا before "still" asserts the verb after it.
        let still = || crate::grammar::is_still_verb(doc.key(found.last_token + 1));
        match kind {
            _ if !reaches => {}
            Modality::Negation if scope == Scope::Next && still() => {}
            Modality::Negation => marks.0 = true,
            // قد before a perfect verb asserts (it has happened), it does not hedge.
            Modality::Hedge if scope == Scope::Next && past_verb => {}
            Modality::Hedge => marks.1 = true,
            Modality::Irrealis
                if scope == Scope::Clause
                    && next_act
                    && only(found, |class| matches!(class, WordClass::Past | WordClass::Present)) => {}
            Modality::Irrealis => marks.2 = true,
        }
    }
    // `يواجه خطر القتل`، `يواجهون شبح التهجير`: between a support verb and its noun, a word
    // of risk says the act is feared, not done (an attempt there was made: `نجا من محاولة
    // اغتيال`).
    if trigger.support.is_some() {
        let risk = |t: usize| {
            let key = doc.key(t);
            RISK_WORDS.contains(&crate::grammar::without_article(key).unwrap_or(key))
        };
        marks.2 |= (head.last_token + 1..trigger.found.first_token).any(risk);
    }
    // After an event noun, an adjective hedges it or says it is yet to come (`الهجوم المتوقع`،
    // `الهجوم المزعوم`); before it, `أي` makes it any attack, not one that happened.
    if trigger.support.is_none() && matches!(trigger.class, WordClass::Noun | WordClass::Participle) {
        let after = trigger.found.last_token + 1..trigger.found.last_token + 3;
        // Only adjectives (listed as particles) qualify the noun before them: a verb after it
        // starts a clause of its own (`عقوبات جديدة تهدف إلى`: the sanctions are real), and so
        // does a phrase that looks only ahead (`دعواته لطهران من أجل تعليق`: the call is real;
        // `النزوح خوفا من هجوم`: the flight is real). A phrase over a clause (`اجتماع من
        // المقرر عقده`) still qualifies it.
        let adjective = |found: &CueMatch| doc.cue_entries(found).any(|cue| cue.class == WordClass::Particle);
        for found in doc.cues_in(after).iter().filter(|found| adjective(found)) {
            let one_word = found.first_token == found.last_token;
            match doc.role_of(found, |role| match role {
                CueRole::Modality { kind, scope } if one_word || *scope == Scope::Clause => Some(*kind),
                _ => None,
            }) {
                Some(Modality::Hedge) => marks.1 = true,
                Some(Modality::Irrealis) => marks.2 = true,
                _ => {}
            }
        }
        let before = head.first_token.checked_sub(1).map_or("", |t| doc.key(t));
        // `يشكل تهديدا`، `يمثل اعتداء`: an indefinite noun after "constitutes" is a predicate
        // that characterizes something, not an act.
        let predicate = crate::grammar::is_copular_verb(before) && !head.proclitics.article;
        // `حررت القوات الموصل من سيطرة داعش`: the control a place is freed from is a state held,
        // not a seizure (`تمكنت من السيطرة على`, with the article, is the act; so is any other
        // act after من, `تمكنت من تحرير`, and a seizure dated by one, `بعد ساعات من سيطرة`).
        let held_from = before == "من"
            && !head.proclitics.article
            && doc.key(head.first_token).starts_with("سيطر")
            && !dated_after_or_before(doc, head.first_token - 1);
        marks.2 |= is_generic_determiner(before)
            || names_a_state(before)
            || is_purpose(doc, head)
            || predicate
            || held_from;
    }
    marks.2 |= is_support_of_purpose(doc, trigger, head)
        || is_subjunctive(doc, head)
        || is_warned_of(doc, head)
        || (trigger.event_type != "DEMAND" && is_demanded(doc, head));
    marks
}

/// `طالبت روسيا بريطانيا بتقديم اعتذار`، `وحث الاتحاد إيران على الالتزام`: the act a
/// demand or a call in its clause asks for, after ب، إلى or على, has not happened.
fn is_demanded(doc: &Doc, head: &CueMatch) -> bool {
    let at = head.first_token;
    // The act's own word, or a verbal noun carrying it (`بتقديم اعتذار`، `بإجراء تحقيق`).
    let asked_for = doc.has_glued_preposition(head, 'ب')
        || at.checked_sub(1).is_some_and(|before| {
            let key = doc.key(before);
            matches!(key, "الي" | "علي") || key.starts_with("بت") || key.starts_with("با")
        });
    if !asked_for {
        return false;
    }
    let from = doc.clause_of(at).start.max(at.saturating_sub(MODALITY_REACH));
    doc.cues_in(from..at).iter().any(|found| {
        found.last_token < at
            && doc
                .role_of(found, |role| match role {
                    CueRole::Trigger { event_type: "DEMAND", .. } => Some(()),
                    _ => None,
                })
                .is_some()
    })
}

/// How far before its من a time phrase's بعد or قبل may stand (`بعد عشر سنوات من`).
const TIME_PHRASE_REACH: usize = 3;

/// `بعد ساعات من`، `قبل عشر سنوات من`: the من at token `min` closes a time phrase that dates
/// what follows it from an act.
fn dated_after_or_before(doc: &Doc, min: usize) -> bool {
    (min.saturating_sub(TIME_PHRASE_REACH)..min)
        .any(|at| matches!(doc.key(at), "بعد" | "قبل" | "وبعد" | "وقبل"))
}

/// Stems (folded) of the nouns of one's part in an act: responsibility, a hand, a link.
const PART_STEMS: &[&str] = &["مسووليه", "مسووليت", "علاقه", "علاقت", "صله", "صلت", "وقوف"];

/// `مسؤوليتها عن الهجوم`، `أي علاقة لها بالتفجير`: an act named after a noun of one's part
/// in it (past عن or a glued ب, or one word between), which is what is denied or claimed.
fn names_a_part_in(doc: &Doc, found: &CueMatch) -> bool {
    let at = found.first_token;
    let glued_ba = doc.has_glued_preposition(found, 'ب');
    let from = at.saturating_sub(3);
    let joined = glued_ba || at.checked_sub(1).is_some_and(|t| matches!(doc.key(t), "عن" | "في" | "وراء"));
    joined && (from..at).any(|t| PART_STEMS.iter().any(|stem| doc.key(t).contains(stem)))
}

/// Stems (folded) of the noun of responsibility, with and without its taa marbuta: the
/// responsibility nouns of [`PART_STEMS`].
const RESPONSIBILITY_STEMS: &[&str] = &["مسووليه", "مسووليت"];

/// Whether token `at` is a noun of responsibility (`مسؤوليته`، `المسؤولية`), not of officials
/// (`مسؤولين`).
fn is_responsibility(doc: &Doc, at: usize) -> bool {
    RESPONSIBILITY_STEMS.iter().any(|stem| doc.key(at).contains(stem))
}

/// Stems (folded, without a conjunction) of the verbs that claim an act as one's own:
/// announce, adopt, allege (`أعلن`، `تبنى`، `زعم`، `ادعى` and their persons and tenses).
const CLAIMING_VERB_STEMS: &[&str] =
    &["اعلن", "يعلن", "تعلن", "نعلن", "تبن", "يتبن", "تتبن", "زعم", "يزعم", "تزعم", "ادع"];

/// How many words (the claimer's name, `فيه`، `لاحقا`) may stand between a verb of claiming and
/// the responsibility it claims (`أعلن عناصر طالبان الباكستانيون مسؤوليتهم`).
const CLAIMED_RESPONSIBILITY_REACH: usize = 6;

/// `أعلن تنظيم داعش مسؤوليته`، `بيانا تزعم فيه مسؤوليتها`: responsibility is admitted (CONCEDE)
/// only when a verb of claiming stands shortly before it in its sentence; held to account by others
/// (`حمّلت الحكومة الحوثيين المسؤولية`), denied (`نفت مسؤوليتها`, the denial is the event) or
/// a duty (`تتحمل مسؤولية حماية المدنيين`), it is no admission.
fn is_responsibility_unclaimed(doc: &Doc, trigger: &Trigger) -> bool {
    let at = trigger.found.first_token;
    if trigger.event_type != "CONCEDE" || !is_responsibility(doc, at) {
        return false;
    }
    // The sentence, not the clause: quotes around the claimer's name (`أعلن تنظيم "داعش"
    // مسؤوليته`) close a clause.
    let sentence_start = doc.sentence_of(at).and_then(|s| doc.sentences.get(s)).map_or(0, |s| s.start);
    let from = sentence_start.max(at.saturating_sub(CLAIMED_RESPONSIBILITY_REACH));
    let claiming = |t: usize| {
        let key = doc.key(t);
        let key = key.strip_prefix(['و', 'ف']).filter(|rest| rest.chars().count() > 2).unwrap_or(key);
        CLAIMING_VERB_STEMS.iter().any(|stem| key.starts_with(stem))
    };
    !(from..at).any(claiming)
}

/// How many tokens a word of denial may stand before the complementizer that opens what it
/// denies (`نفى في موضوع آخر، أن`، `نفى ما أورده الطبيب من أنهم`).
const DENIAL_REACH: usize = 12;

/// `ونفت مصادرهما أن تكون الضحيتان تعرضتا للتعذيب`، `ونفى في موضوع آخر أن تكون بلاده
/// قررت توجيه ضربة`: an act in what a word of denial says did not happen is negated, whoever
/// denies it; a claim, which negates what it holds, is only made when the speaker is named.
/// The denial is the last claim cue before the act in its sentence, not itself negated (`لم
/// ينف أن`), with a complementizer after it; a second one after و (`وأن ما هو مؤكد`) opens a
/// statement of its own, as a later verb of saying does (`ونفى ذلك، وقال إن`).
fn is_denied(doc: &Doc, head: &CueMatch, sentence: usize) -> bool {
    let start = doc.sentences.get(sentence).map_or(0, |s| s.start);
    let cues = doc.cues_in(start..head.first_token);
    // A statement noun (`نفى في حديث آخر أن`) tells where the words were said.
    let claim_kind = |found: &CueMatch| {
        crate::claims::claim_role(doc, found)
            .filter(|&(kind, speaker, _)| kind == "deny" || speaker != SpeakerAt::Owner)
            .map(|(kind, _, _)| kind)
    };
    let Some((cue, kind)) = cues
        .iter()
        .rev()
        .filter(|c| c.last_token < head.first_token)
        .find_map(|c| claim_kind(c).map(|kind| (c, kind)))
    else {
        return false;
    };
    if kind != "deny" || crate::claims::is_negated(doc, cue) {
        return false;
    }
    let between = cue.last_token + 1..head.first_token;
    let mut complementizers = between.filter(|&t| crate::grammar::is_complementizer(doc.key(t)));
    complementizers.next().is_some_and(|first| first - cue.last_token <= DENIAL_REACH)
        && complementizers.all(|t| !doc.key(t).starts_with('و'))
}

/// How far before the من of what is warned of the word of warning may stand (`حذر وزير
/// الدفاع الأمريكي تركيا من`).
const WARNING_REACH: usize = 8;

/// `حذر الجيش تركيا من هجوم`، `تحذيرها من حدوث اغتيال`: an event noun after من (right after
/// it, or past one word: `من حدوث`، `من أي`) with a word of warning before it in its clause is
/// what is warned of, not an act done. `حذر من` with nothing between is also in the modality
/// data; this reaches past a subject or an object.
fn is_warned_of(doc: &Doc, head: &CueMatch) -> bool {
    let at = head.first_token;
    let clause_start = doc.clause_of(at).start;
    let min =
        (1..=2).filter_map(|back| at.checked_sub(back)).find(|&t| t >= clause_start && doc.key(t) == "من");
    let nominal =
        || doc.cue_entries(head).any(|cue| matches!(cue.class, WordClass::Noun | WordClass::Participle));
    head.proclitics.letters == 0
        && min.is_some_and(|min| {
            (clause_start.max(min.saturating_sub(WARNING_REACH))..min)
                .any(|t| crate::grammar::is_warning_word(doc.key(t)))
        })
        && nominal()
}

/// `لتنفيذ عمليات انتحارية`، `لإطلاق عملية عسكرية`، `بهدف تنفيذ هجوم`: the verbal noun of a
/// support verb after ل or a phrase of purpose names what someone means to do, as its event
/// noun alone would (`لمواجهة هجوم`); the act is not reported done. A verb after ل (`ليخوض
/// الطرفان اشتباكات`) often tells what happened next, and ل after a verb of result (`أدت
/// عودته لاندلاع القتال`) says what an act led to: both stay.
fn is_support_of_purpose(doc: &Doc, trigger: &Trigger, head: &CueMatch) -> bool {
    let verbal_noun =
        doc.cue_entries(head).any(|cue| cue.class == WordClass::Noun && matches!(cue.role, CueRole::Light));
    let at = head.first_token;
    let clause = doc.clause_of(at);
    let led_to = (clause.start.max(at.saturating_sub(RESULT_REACH))..at)
        .any(|t| crate::grammar::is_result_verb(doc.key(t)));
    matches!(trigger.support, Some((_, Support::Light | Support::Control)))
        && verbal_noun
        && !led_to
        && is_purpose(doc, head)
}

/// `لمواجهة هجوم`، `لقتال داعش`، `من أجل قتال التنظيم`، `بهدف طرد`: an event noun after the
/// preposition ل or a phrase of purpose names a purpose, an act not (yet) done.
fn is_purpose(doc: &Doc, found: &CueMatch) -> bool {
    // `تصدت الدفاعات الجوية لغارات إسرائيلية`: the ل a verb of fighting off takes is its
    // object's, the attack fought off (it happened).
    let glued =
        !found.proclitics.article && doc.has_glued_preposition(found, 'ل') && !is_fought_off(doc, found);
    let before = |back: usize| found.first_token.checked_sub(back).map_or("", |t| doc.key(t));
    let phrase = matches!(before(1), "بهدف" | "لاجل" | "بغيه") || (before(1) == "اجل" && before(2) == "من");
    glued || (found.proclitics.letters == 0 && phrase)
}

/// (actor, target) of an event.
fn participants(
    doc: &Doc,
    trigger: &Trigger,
    head: &CueMatch,
    sentence: usize,
    claims: &[ClaimDraft],
) -> Participants {
    let verbal = trigger.support.is_some() || matches!(trigger.class, WordClass::Past | WordClass::Present);
    let clause = doc.clause_of(trigger.found.first_token);
    let sentence_range = doc.sentences.get(sentence).cloned().unwrap_or(0..0);
    let object_pronoun = pronoun_is_its_object(doc, trigger);
    let victim_noun =
        VICTIM_MODES.contains(&trigger.mode) || object_pronoun || names_the_wounded(doc, trigger);
    let mut actor = Vec::new();
    let mut target = Vec::new();
    let mut target_named = true;
    // `زرعتها ميليشيات الحوثي قبل دحرها`: the pronoun names the side driven out, when what
    // it points back to is an actor (`من البوكمال قبل أن يصار إلى تحريرها`: a town).
    let mut pronoun_named = object_pronoun
        && (sentence_range.start..trigger.found.first_token)
            .rev()
            .find_map(|at| doc.mention_at(at))
            .is_some_and(|m| doc.is_actor(m));
    let mut named_after = Vec::new();
    let mut killed_passive = false;
    // `تم طرد التنظيم`: the name after a passive noun was done to; its doer follows عبر too.
    let passive_noun = follows_passive_auxiliary(doc, trigger.found);
    // `قوات الجيش اليمني، بإسناد جوي من قوات التحالف`: the backer named after the phrase
    // gave the aid, to the force named right before it.
    if let Some(backer) = backer_named_after(doc, trigger, clause.end) {
        let backed = crate::args::group_right_before(doc, trigger.found.first_token, sentence_range.start);
        let target = backed.filter(|group| !group.iter().any(|&m| doc.is_backer(m))).unwrap_or_default();
        return Participants::named(backer, target, true);
    }
    // `بناء على طلب الولايات المتحدة`: the one whose request it was asked it, of the doer
    // before; named in the phrase, the asker is no dropped subject after it.
    if let Some((asker, asked)) = at_the_request_of(doc, trigger, sentence_range.start) {
        return Participants { doer_in_phrase: true, ..Participants::named(asker, asked, false) };
    }
    // `وتتهم السعودية إيران بدعم الحوثيين`: aid charged was given by the accused.
    if let Some(accused) = accused_of_aid(doc, trigger, head, claims, sentence_range.start) {
        let given_to = name_after_noun(doc, trigger.found.last_token).unwrap_or_default();
        let target =
            given_to.into_iter().filter(|&m| !accused.iter().any(|&a| doc.same_entity(a, m))).collect();
        return Participants::named(accused, target, false);
    }
    // `اشتباكات عنيفة بين الجيش الإسرائيلي ومتظاهرين`: the sides are the ones بين names, also
    // when a verb of breaking out carries the act as its subject (`اندلعت الاشتباكات بين`).
    let breaks_out = trigger.support.is_some_and(|(verb, support)| {
        support == Support::Light && crate::grammar::is_outbreak_verb(doc.key(verb.first_token))
    });
    if !verbal || breaks_out {
        if let Some((first, second)) = sides_between(doc, trigger, clause.end) {
            return Participants::named(first, second, false);
        }
    }
    // `في قصف لقوات النظام`: a word spelled as a perfect right after a preposition is the
    // verbal noun, and ل before the name after it marks the doer.
    if verbal && actor.is_empty() {
        if let Some(doer) = doer_after_noun_read_as_verb(doc, trigger) {
            actor = doer;
        }
    }
    // `غارات إسرائيل على مواقع`، `قصف تركيا لعفرين`: read as a noun or as a perfect, the
    // country after the word does the act to the party after it.
    let state_doer = state_doing_to_another(doc, trigger, clause.end);
    let mut doer_in_phrase = state_doer.is_some();
    if verbal && actor.is_empty() {
        actor = genitive_after_noun_support(doc, trigger).unwrap_or_default();
    }
    if verbal && actor.is_empty() && state_doer.is_none() {
        let passive = trigger.support.is_none() && is_passive(doc, head, clause.end);
        let we =
            is_first_person_plural(doc, head).then(|| speaker_at(doc, claims, head.first_token)).flatten();
        let subject = we.unwrap_or_else(|| verb_subject(doc, trigger, head, sentence_range.clone(), claims));
        killed_passive = !passive && killed_by_what_follows(doc, trigger, &subject, sentence_range.end);
        let passive = passive || killed_passive || arrested_alone(doc, trigger, &subject, clause.end);
        match (trigger.support, passive) {
            // `قُتل برصاص الجيش الإسرائيلي وأصيب آخرون`: a name after an agent marker is who
            // did it, not who suffered it.
            (Some((_, Support::Undergo)), _) | (None, true)
                if subject.first().is_some_and(|&m| named_as_agent(doc, m)) =>
            {
                actor = subject;
            }
            (Some((_, Support::Undergo)), _) | (None, true) => {
                target = subject;
                if target.is_empty() {
                    target =
                        crate::args::counted_side_after(doc, head.last_token, clause.end).unwrap_or_default();
                }
            }
            _ => actor = subject,
        }
        if actor.is_empty() {
            // `لقي شاب مصرعه، اليوم الجمعة، برصاص قوات الاحتلال`: past a date set off by commas.
            let end = doc.reach_over_set_off_dates(clause.end);
            actor = agent_after(doc, trigger.found.last_token + 1, end, is_agent_marker);
        }
        if actor.is_empty() && target.is_empty() && !passive {
            actor = dropped_state_subject(doc, head, sentence_range.start).into_iter().collect();
        }
        // `تعرضوا لهجوم من داعش`: after what one underwent, من names who did it.
        if actor.is_empty() && matches!(trigger.support, Some((_, Support::Undergo))) {
            actor = agent_after_min(doc, trigger.found.last_token, clause.end);
        }
    } else if let Some((doer, done_to)) = state_doer {
        actor = doer;
        target = done_to;
    } else if let Some(warned) = addressee_of_warning(doc, trigger) {
        target = warned;
    } else if let Some(named) = name_after_noun(doc, trigger.found.last_token) {
        // `التنسيق مع القوات العراقية`: a phrase ending in its preposition has its object next.
        let object = (victim_noun && doc.glued_preposition(named[0]).is_none() && !arrests_by_authority(doc, trigger, named[0]))
            || ends_in_preposition(doc, trigger)
            || is_driven_out(doc, trigger, named[0])
            || passive_noun
            // `مما أسفر عن جرح ثلاثة جنود من التحالف`: harm as a result is done to the named.
            || is_result_of_act(doc, trigger)
            // `دعم للجيش اللبناني`: help or backing goes to the one named after ل.
            || (RECIPIENT_TYPES.contains(&trigger.event_type) && doc.glued_preposition(named[0]) == Some('ل'))
            // `بانتقاداته للحكومة السعودية`: with its doer a pronoun, a noun's object follows ل.
            || (owned_by_pronoun(doc, trigger) && doc.glued_preposition(named[0]) == Some('ل'))
            // `للاشتباه في دعمه الحوثيين`: the pronoun holds the doer's place after the noun,
            // so a bare name after it is the object.
            || (noun_carries_pronoun(doc, trigger.found)
                && surely_a_noun(doc, trigger.found)
                && doc.glued_preposition(named[0]).is_none())
            || is_participle_of_manner(doc, trigger)
            || faces_the_named(doc, trigger, &named)
            // `قيام الغرب بإجلاء الخوذ البيضاء`: the decider is named before; this is the object.
            || follows_a_decider(doc, trigger)
            || is_evacuated(doc, trigger, named[0])
            // `قصف مواقع داعش`: the side named past the positions hit holds them.
            || names_holder_of_places(doc, trigger.found.last_token, named[0]);
        if object {
            target = named;
        } else {
            actor = named;
        }
    }
    // `قصف إسرائيلي`، `الاعتداء الأمريكي`: a nationality after the noun (also a word that may
    // be read as a verb, `قصف`, or carried by a support, `تواصل القصف التركي`) names the doer,
    // unless the noun names harm done to someone (`اختطاف أمريكي`, an American was kidnapped).
    if actor.is_empty()
        && !victim_noun
        && NATIONAL_DOER_TYPES.contains(&trigger.event_type)
        && doc.cue_entries(trigger.found).any(|cue| cue.class == WordClass::Noun)
    {
        actor = crate::args::actor_by_nationality(doc, trigger.found).unwrap_or_default();
    }
    if actor.is_empty() && !verbal {
        // `تم نقل المصابين عبر منظمة أطباء بلا حدود`: a passive's doer may be named after عبر.
        let marker = |key: &str| is_agent_marker(key) || (passive_noun && key == "عبر");
        actor =
            agent_after(doc, trigger.found.last_token + 1, doc.reach_over_quoted_names(clause.end), marker);
    }
    // `غارة شنها التحالف`: a support verb after the noun, with its own subject.
    if actor.is_empty() && !verbal {
        actor = support_subject_after(doc, trigger.found.last_token, clause.end);
    }
    // `قرار لندن طرد الدبلوماسيين`، `إعلان بريطانيا فرض عقوبات`: the side whose decision it was.
    // Named in the phrase, it is not carried on to a dropped subject after it.
    if actor.is_empty() && !verbal && !HARM_MODES.contains(&trigger.mode) {
        actor = decider_before(doc, trigger).into_iter().collect();
        doer_in_phrase |= !actor.is_empty();
    }
    // A noun with nobody named after it is most often the act of the sentence's subject
    // (`قسد … بعد أسابيع من القتال`), unless the noun names harm done to someone.
    // … unless the noun is what another act is about (`دانت الأمم المتحدة الاعتداء`): the
    // condemner did not attack.
    // `وحمّلت روسيا إسرائيل مسؤولية استهداف الطائرة`: the one held responsible did it, not
    // the one who blames.
    let blame = blamed_for(doc, trigger, sentence_range.start);
    if actor.is_empty() && !verbal {
        if let Some(Some(blamed)) = &blame {
            actor.clone_from(blamed);
        }
    }
    let met_by_force = crate::protest::is_met_by_force(doc, trigger.found, trigger.event_type);
    // Dead counted before an attack or a seizure suffered it; those who fled after them were
    // their comrades (`مقتل العشرات من الحوثيين وفرار آخرين`).
    let suffered = matches!(trigger.event_type, "ASSAULT" | "COERCE");
    let mut spoken_of = false;
    let mut witnessed = Vec::new();
    if actor.is_empty()
        && !verbal
        && !victim_noun
        && !passive_noun
        && !is_object_of_other_act(doc, trigger)
        && !is_broken_or_given_in_return(doc, trigger)
        && !met_by_force
        && !group_named_after_la(doc, trigger)
        && !is_repelled(doc, trigger)
        && !is_known_act(doc, trigger.found)
        && !follows_its_victims(doc, trigger)
        && blame.is_none()
    {
        if let Before::Actors(group) = subject_before(doc, head.first_token, sentence_range.start) {
            let victims = named_as_victim(doc, &group)
                || killed_in_it(doc, trigger)
                || (suffered && counted_as_victims(doc, &group, sentence_range.start));
            spoken_of = speaks_of_force(doc, trigger, &group) || is_named_as_reason(doc, trigger);
            if witnessed_there(doc, &group) {
                witnessed.clone_from(&group);
            }
            if faced_by(doc, trigger, &group) {
                target = group;
            } else if !victims && !spoken_of && witnessed.is_empty() {
                actor = group;
            }
        }
    }
    if target.is_empty() && verbal {
        target = author_of_what_is_denied(doc, trigger, sentence, claims, &actor).unwrap_or_default();
    }
    if target.is_empty() && verbal {
        target = antecedent_of_its_object_pronoun(doc, trigger, sentence_range.start, &actor)
            .unwrap_or_default()
            .into_iter()
            .filter(|&m| !actor.iter().any(|&a| doc.same_entity(a, m)))
            .collect();
    }
    if target.is_empty() {
        // The object follows the subject named after the verb; a subject named by its
        // nationality (`شنت طائرات إسرائيلية غارات على`) stands for a mention elsewhere.
        let by_nationality = verbal
            && actor.len() == 1
            && subject_by_nationality(doc, trigger, head, claims) == actor.first().copied();
        let after = match by_nationality {
            true => 0,
            false => actor.iter().filter_map(|&m| doc.last_token_of(m)).max().unwrap_or(0),
        };
        let mut from = (trigger.found.last_token + 1).max(after + 1);
        let taken = actor.clone();
        // `التقى الرئيس الأمريكي، دونالد ترامب، الرئيس الروسي`: a subject set off by commas
        // after its office ends past the verb's clause; the object follows its closing comma.
        let mut end = clause.end;
        let set_off_subject = verbal
            && actor.iter().filter_map(|&m| doc.first_token_of(m)).min().is_some_and(|first| {
                first > clause.end && crate::args::person_set_off_at(doc, first).is_some()
            });
        if set_off_subject && from > clause.end {
            from += usize::from(doc.is_comma(from));
            end = doc.clause_of(from).end;
        }
        let end = doc.reach_over_quoted_names(end);
        // `اتهمت الأمم المتحدة، الجمعة، ميليشيا الحوثي`: a verb's object may follow a date set
        // off by commas.
        let end = if verbal { doc.reach_over_set_off_dates(end) } else { end };
        let end = crate::args::reach_over_office_apposition(doc, end);
        let end = cause_with_its_own_doer(doc, from, end).unwrap_or(end);
        let end = purpose_start(doc, from, end, trigger.event_type).unwrap_or(end);
        // `قتل مسلحون جنديا منذ عزل الرئيس محمد مرسي`: an act after منذ says since when; the
        // object stands before it (past a stretch of time it may follow: `يقاتل منذ ثلاث سنوات
        // حركة الحوثيين`).
        let end = (from..end).find(|&at| is_since_an_act(doc, at)).unwrap_or(end);
        // `تعرضت عدة كنائس لهجمات وأعلن تنظيم الدولة مسؤوليته`: a verb joined by و opens a
        // clause of its own; a name after it is its subject or object. Not an act of force
        // right after the act's word, which shares what follows it (`قتل وأصيب 55 عنصرا من
        // ميليشيات الحوثي`).
        let shares = |at: usize| {
            let force = |t: Option<&str>| t.is_some_and(|t| FORCE_TYPES.contains(&t));
            at == trigger.found.last_token + 1
                && force(Some(trigger.event_type))
                && force(doc.cue_match_at(at).and_then(|found| act_type_of(doc, found)))
        };
        let joined = |at: usize| opens_joined_verb(doc, at) && !shares(at);
        let end = (from..end).find(|&at| joined(at)).unwrap_or(end);
        // `قامت واشنطن بدعم قسد`: after a support verb the backing word is the act, and the
        // name after it the one backed, not a backer.
        let backed_here = |m: usize| {
            trigger.support.is_some()
                && doc.first_token_of(m).and_then(|first| doc.backing_word_before(first))
                    == Some(trigger.found.first_token)
        };
        // `تقاتل قوات إيرانية إلى جانب القوات الحكومية`: an ally fights alongside.
        let ally = |m: usize| FORCE_TYPES.contains(&trigger.event_type) && crate::args::is_alongside(doc, m);
        let other_side = |m: usize| {
            !taken.iter().any(|&a| doc.same_entity(a, m)) && (!doc.is_backer(m) || backed_here(m)) && !ally(m)
        };
        // `فرضت واشنطن عقوبات على إيران`، `اتهمت حماس إسرائيل`: a state is the side a named
        // doer's act of words or relations is done to; where force is used, or in a protest, a
        // country is where it happened. After a noun only a preposition of the side makes it
        // one (`قرارا بفرض عقوبات على موسكو`): a state right after a noun may be its doer.
        let states = !actor.is_empty()
            && !FORCE_TYPES.contains(&trigger.event_type)
            && trigger.event_type != "PROTEST";
        // `اتهم وزير الخارجية بوريس جونسون، روسيا بمحاولة`: the object past the comma that
        // closes the subject named after the verb.
        let past_comma = (verbal && !actor.is_empty() && from == end)
            .then(|| {
                let party =
                    |m: usize| (doc.is_actor(m) || (states && doc.stands_for_state(m))) && other_side(m);
                crate::args::object_past_subject_comma(doc, from, party)
            })
            .flatten();
        let (from, end) = past_comma.map_or((from, end), |object| (object, doc.clause_of(object).end));
        let state_object = |m: usize| match verbal {
            true => is_state_as_object(doc, m, from),
            false => is_state_after_noun(doc, trigger.found.last_token, m),
        };
        let party = |m: usize| (doc.is_actor(m) || (states && state_object(m))) && other_side(m);
        if let Some(found) = crate::args::first_party(doc, from, end, true, party) {
            // An antecedent stands before the noun that points back to it.
            let pointed_back = found.first().and_then(|&m| doc.first_token_of(m)).is_some_and(|t| t < from);
            target_named = !pointed_back || crate::args::first_party(doc, from, end, false, party).is_some();
            target = found;
        }
    }
    target.retain(|&m| !actor.iter().any(|&a| doc.same_entity(a, m)));
    // `مقتله بغارات لمقاتلات التحالف`، `اعتقالها بعد ساعات من قمة بوتين`: a noun carrying a
    // pronoun has its object in the pronoun; a name after it is its object only after a
    // preposition (`قصفها لتجمعات الميليشيات`، `سيطرتها على الطرق`). The pronoun still
    // names someone, as the name did.
    // `في دعمه الحوثيين`: a noun whose pronoun is its doer has its object in a name right after it.
    if !verbal && !target.is_empty() && noun_carries_pronoun(doc, trigger.found) {
        let named_first = target.iter().filter_map(|&m| doc.first_token_of(m)).min().unwrap_or(0);
        let object_right_after = pronoun_is_its_doer(trigger)
            && named_first == trigger.found.last_token + 1
            && surely_a_noun(doc, trigger.found);
        if !object_right_after
            && !opens_an_object(doc, past_adjectives(doc, trigger.found.last_token + 1), named_first)
        {
            pronoun_named = target_named;
            named_after = std::mem::take(&mut target);
        }
    }
    // `لقي 18 من قوات النظام مصرعهم إثر تعرضهم لهجوم`: what the counted dead underwent.
    if suffered && target.is_empty() && (!verbal || matches!(trigger.support, Some((_, Support::Undergo)))) {
        target = victims_counted_before(doc, head.first_token, sentence_range.start).unwrap_or_default();
    }
    target.retain(|&m| !actor.iter().any(|&a| doc.same_entity(a, m)));
    if target.is_empty() {
        target =
            side_its_pronoun_stands_for(doc, trigger, sentence_range.start, &actor).into_iter().collect();
    }
    if target.is_empty() {
        target = owner_of_held_object(doc, trigger, sentence_range.start, clause.end, &actor)
            .into_iter()
            .collect();
    }
    if target.is_empty() {
        target = state_of_held_object(doc, trigger, clause.end, &actor).into_iter().collect();
    }
    if target.is_empty() {
        target = state_of_repelled_act(doc, trigger, clause.end, &actor).into_iter().collect();
    }
    if target.is_empty() {
        target = owner_of_counted_victims(doc, trigger, sentence_range.start, &actor).into_iter().collect();
    }
    let reporter = FORCE_TYPES.contains(&trigger.event_type)
        && is_reporter_of(claims, head.first_token, &actor)
        && !speaks_for_itself(doc, trigger)
        && !(verbal && is_told_by_pronoun(doc, head, &actor));
    if !can_act(doc, trigger.event_type, &actor) || reporter {
        actor.clear();
    }
    // A split phrase's subject is the words inside it, named or not: never the announcer.
    let split = is_split_phrase(doc, trigger, head);
    if actor.is_empty()
        && !KILLING_MODES.contains(&trigger.mode)
        && !split
        && !verb_has_unnamed_doer(doc, trigger, head)
        && !has_its_own_support_verb(doc, trigger)
    {
        actor = announcer_of(doc, claims, head).or_else(|| denier_of(doc, claims, head)).unwrap_or_default();
        target.retain(|&m| !actor.iter().any(|&a| doc.same_entity(a, m)));
    }
    // `ويتهم أردوغان بتقييد الصحافة`: the one named is the accused, not the accuser.
    if target.is_empty() && accused_named_after_verb(doc, trigger, &actor) {
        target = std::mem::take(&mut actor);
    }
    Participants {
        actor,
        target,
        target_named,
        pronoun_named,
        named_after,
        met_by_force,
        killed_passive,
        backing: false,
        spoken_of,
        doer_in_phrase,
        witnessed,
    }
}

/// `عدوانها الجوي على مصياف للتعمية على انتصار الجيش السوري`: ل before a verbal noun of the
/// second form, from token `from` to `end`, opens a purpose with sides of its own: where the
/// act's object is no longer looked for. Not a word standing for a side (`للتنظيم`), nor
/// `تنظيم` heading a group's name (`مواقع لتنظيم داعش`); nor an act of the same kind as the
/// act, `act_type`, which goes on with its object (`عملياته العسكرية لتحرير آخر معاقل
/// الحوثيين`).
fn purpose_start(doc: &Doc, from: usize, end: usize, act_type: &str) -> Option<usize> {
    (from..end).find(|&at| {
        let key = doc.key(at);
        let noun = key.strip_prefix("لل").or_else(|| key.strip_prefix('ل'));
        let same_kind = || doc.cue_match_at(at).and_then(|found| act_type_of(doc, found)) == Some(act_type);
        noun.is_some_and(|noun| noun != "تنظيم" && marsad_text::stem::is_verbal_noun_of_form_two(noun))
            && doc.mention_at(at).is_none()
            && crate::grammar::glued_anaphoric_noun(key).is_none()
            && !same_kind()
    })
}

/// Nouns of deciding or setting about an act (folded): the side named after them, before the
/// act's noun, does the act (`قرار لندن طرد`، `اعتزام واشنطن فرض`، `قيام إسرائيل بقصف`).
const DECISION_NOUNS: &[&str] =
    &["قرار", "اعلان", "اعتزام", "عزم", "نيه", "خطوه", "قيام", "مواصله", "استمرار"];

/// How many words a decider may take between its noun of deciding and the act's noun.
const DECIDER_WORDS: usize = 3;

/// `قيام الغرب بإجلاء`، `قرار الحكومة البريطانية طرد`: whether the act's noun follows a noun
/// of deciding ([`DECISION_NOUNS`]) and the side that decides, named or not (one to three
/// words, no punctuation between).
fn follows_a_decider(doc: &Doc, trigger: &Trigger) -> bool {
    let at = trigger.found.first_token;
    (2..=DECIDER_WORDS + 1).filter_map(|back| at.checked_sub(back)).any(|noun| {
        is_decision_noun(doc.key(noun))
            && (noun + 1..at).all(|t| !doc.key(t).is_empty() && doc.cue_at(t).is_none())
    })
}

/// A noun of deciding ([`DECISION_NOUNS`]), bare or after و and a preposition (`وبقرار`).
fn is_decision_noun(key: &str) -> bool {
    let bare = key.strip_prefix('و').unwrap_or(key);
    DECISION_NOUNS.contains(&bare.strip_prefix(['ب', 'ل']).unwrap_or(bare))
}

/// Modes of harm whose announcer is seldom its doer (`إعلان الجيش مقتل قائد`).
const HARM_MODES: &[&str] = &["killing", "massacre", "assassination", "abduction", "torture"];

/// The side (an actor, a country or a capital) named between a noun of deciding
/// ([`DECISION_NOUNS`], bare or after a preposition or و) and the act's noun right after it.
fn decider_before(doc: &Doc, trigger: &Trigger) -> Option<usize> {
    let side = doc.mention_at(trigger.found.first_token.checked_sub(1)?)?;
    let named = doc.is_actor(side) || doc.stands_for_state(side);
    let noun = doc.first_token_of(side)?.checked_sub(1)?;
    (named && is_decision_noun(doc.key(noun)) && doc.glued_preposition(side).is_none()).then_some(side)
}

/// Verbs of holding someone responsible (folded, without و or ف): `حمّل X Y مسؤولية Z`.
/// Not `تحمل`, which is also "bore" (`تحمل المسؤولية`, the bearer's own act).
const BLAME_VERBS: &[&str] = &["حمل", "حملت", "حملوا", "يحمل", "يحملون"];

/// For an act's noun named as what someone is held responsible for (`وحمّلت روسيا إسرائيل
/// مسؤولية استهداف الطائرة`، `يحمّل حركة حماس مسؤولية تفجير`): `Some` with the side held
/// responsible, the last one named before the noun, `Some(None)` when that one is joined to
/// the subject (who blames and who is blamed cannot be told apart).
fn blamed_for(doc: &Doc, trigger: &Trigger, sentence_start: usize) -> Option<Option<Vec<usize>>> {
    let at = trigger.found.first_token;
    let before = |back: usize| at.checked_sub(back).map_or("", |t| doc.key(t));
    let noun = match (before(1), before(2)) {
        ("مسووليه", _) => at - 1,
        ("عن", "المسووليه") => at - 2,
        _ => return None,
    };
    let verb = (sentence_start..noun).rev().find(|&t| {
        let key = doc.key(t);
        BLAME_VERBS.contains(&key.trim_start_matches(['و', 'ف']))
    })?;
    let blamed = (verb + 1..noun)
        .rev()
        .find_map(|t| doc.mention_at(t).filter(|&m| doc.is_actor(m) || doc.stands_for_state(m)));
    let group = blamed.map(|m| crate::args::coordinated(doc, m));
    let first = group.as_ref().and_then(|g| g.iter().filter_map(|&m| doc.first_token_of(m)).min());
    // The last side named before the noun, unless joined by و to the subject before it
    // (`وحملت لندن والولايات المتحدة والاتحاد الأوروبي الدولة الروسية`, the last one unnamed).
    let apart = first.is_some_and(|f| !doc.key(f).starts_with('و'));
    Some(group.filter(|_| apart))
}

/// `استدعت الخارجية الإيرانية سفيرها على خلفية اعتداء محتجين`، `اعتقلت الشرطة ثلاثة بسبب
/// هجوم`، `استدعت السفير احتجاجا على اعتقال`: an act named as the reason for what the subject
/// did is not the subject's own act, nor that of the subject carried on to it; it was done to
/// the subject or by others.
fn is_named_as_reason(doc: &Doc, trigger: &Trigger) -> bool {
    let at = trigger.found.first_token;
    // `على خلفية هذا الاقتتال`، `بسبب تلك الهجمات`: past a demonstrative.
    let pointed = at.checked_sub(1).is_some_and(|t| crate::grammar::is_demonstrative(doc.key(t)));
    let at = at - usize::from(pointed);
    let key_before = |back: usize| at.checked_sub(back).map_or("", |t| doc.key(t));
    let one_word = is_word_of_reason(key_before(1).strip_prefix('و').unwrap_or(key_before(1)));
    let two_words = (key_before(1) == "علي" && matches!(key_before(2), "ردا" | "احتجاجا"))
        || (key_before(1) == "خلفيه" && key_before(2) == "علي");
    let revenge = key_before(1) == "انتقاما" && doc.has_glued_preposition(trigger.found, 'ل');
    one_word || two_words || revenge
}

/// Words that name what follows them as a reason (folded): `بسبب`، `جراء`، `نتيجة`.
fn is_word_of_reason(key: &str) -> bool {
    matches!(key, "بسبب" | "جراء" | "نتيجه")
}

/// How far before its subject a verb may stand (`طالب الأمين العام للأمم المتحدة أنطونيو
/// غوتيريش`).
const VERB_BEFORE_SUBJECT: usize = 6;

/// `طالب غوتيريش بإجراء تحقيق بشأن مقتل فلسطينيين خلال اشتباكات مع الجيش`، `رفضت إسرائيل
/// دعوات … خلال اشتباكات`، `ووصف ترامب الهجوم`: the subject of a verb of words or relations (a
/// demand, a refusal, a meeting, a judgement) speaks of an act of force named in what it says;
/// it did not carry it out. Not the
/// object of such a verb (`اتهمت دمشق التحالف باستهداف`: the accused did it), nor the subject
/// of an accusation or of a search (`يبحث عن إعادة نفسه عبر هجمات`).
fn speaks_of_force(doc: &Doc, trigger: &Trigger, subject: &[usize]) -> bool {
    let first = subject.iter().filter_map(|&m| doc.first_token_of(m)).min();
    let last = subject.iter().filter_map(|&m| doc.last_token_of(m)).max();
    let (Some(first), Some(last)) = (first, last) else { return false };
    let of_words = |found: &CueMatch| {
        let searching = doc.key(found.last_token + 1) == "عن";
        !searching
            && doc.cue_entries_folded(found).any(|(cue, form, _)| {
                matches!(cue.class, WordClass::Past | WordClass::Present)
                    && match cue.role {
                        CueRole::Trigger { event_type, mode, .. } => {
                            !FORCE_TYPES.contains(&event_type) && event_type != "PROTEST" && mode != "accuse"
                        }
                        CueRole::Claim { .. } => OPINION_VERBS.contains(&form),
                        _ => false,
                    }
            })
    };
    // The verb before its subject, with no name between but after a preposition (`طالب
    // الأمين العام للأمم المتحدة غوتيريش`), and none right before it that would make the name
    // after its object (`دمشق اتهمت التحالف`).
    let before = doc.cues_in(first.saturating_sub(VERB_BEFORE_SUBJECT)..first).iter().rev().find(|found| {
        let nothing_named_between =
            (found.last_token + 1..first).all(|t| doc.mention_at(t).is_none_or(|m| doc.after_preposition(m)));
        let named_before = found.first_token.checked_sub(1).is_some_and(|t| doc.mention_at(t).is_some());
        nothing_named_between && !named_before
    });
    // … or right after it (`غوتيريش طالب`).
    let after = doc.cues_in(last + 1..last + 2).first();
    // `وجه روحاني انتقادات … بعد الهجوم`: a light verb before the subject and a noun of words
    // right after it.
    let light_before = before.is_some_and(|found| support_role(doc, found) == Some(Support::Light));
    let noun_of_words = |found: &CueMatch| {
        doc.cue_entries(found).any(|cue| {
            cue.class == WordClass::Noun
                && matches!(cue.role, CueRole::Trigger { event_type, .. } if WORD_TYPES.contains(&event_type))
        })
    };
    FORCE_TYPES.contains(&trigger.event_type)
        && (before.into_iter().chain(after).any(of_words)
            || (light_before && after.is_some_and(noun_of_words)))
}

/// Verbs of witnessing (folded, after any و): their subject is where an act named after it
/// happened (`شهدت طرابلس هجمات`), not who did it.
const WITNESS_VERBS: &[&str] = &["شهد", "شهدت", "يشهد", "تشهد"];

/// Whether `group` is places right after a verb of witnessing ([`WITNESS_VERBS`]).
fn witnessed_there(doc: &Doc, group: &[usize]) -> bool {
    let first = group.iter().filter_map(|&m| doc.first_token_of(m)).min();
    let verb = first.and_then(|t| t.checked_sub(1)).map_or("", |t| doc.key(t));
    let verb = verb.strip_prefix('و').unwrap_or(verb);
    WITNESS_VERBS.contains(&verb) && group.iter().all(|&m| doc.is_place(m))
}

/// Verbs of judging or seeing what was done (folded forms of claim cues): their subject
/// describes, weighs or watches the act it names (`ووصف ترامب الهجوم بأنه وحشي`، `واعتبرت
/// الخارجية القصف انتهاكا`، `"مازلنا نرى اندلاع القتال"`).
const OPINION_VERBS: &[&str] = &["وصف", "يصف", "اعتبر", "يري", "راي ان"];

/// Acts done in words: what a light verb carrying their noun (`وجه انتقادات`، `أطلق تحذيرا`،
/// `قدم شكوى`) says is spoken, not done.
const WORD_TYPES: &[&str] = &["DISAPPROVE", "DEMAND", "THREATEN", "REJECT", "SUPPORT", "CONCEDE"];

/// How many words may stand between an act noun and the بين of its sides (`اشتباكات
/// عنيفة ومتقطعة بين`، `اشتباكات عنيفة مستمرة منذ الأربعاء بين`).
const BETWEEN_REACH: usize = 5;

/// Participles of going on (folded) that may qualify an act before the بين of its sides.
const CONTINUING: &[&str] = &["مستمره", "متواصله", "متقطعه", "جاريه", "دايره", "مستمرا", "متواصلا"];

/// The two sides of an act noun followed by بين (`اشتباكات بين الجيش وداعش`، `مواجهات عنيفة
/// بين قوات الشرعية و#الميليشيا`، `اتفاق بين واشنطن وأنقرة`), or of a meeting's noun followed
/// by a verb of bringing together (`لقاء جمع الأسد بنظيره الروسي`): the first named, and the
/// one joined to it. When the first is no actor known (`بين مسلحين والجيش`), only the second
/// is named. None when بين names no actor (`بين عامي 2002 و2004`): the sides are then looked
/// for as for any noun.
fn sides_between(doc: &Doc, trigger: &Trigger, clause_end: usize) -> Option<(Vec<usize>, Vec<usize>)> {
    let adjective = |t: usize| {
        let key = doc.key(t);
        // `اشتباكات عنيفة مستمرة منذ الأربعاء بين`: how long it has gone on may come first.
        let lasting =
            CONTINUING.contains(&key) || key == "منذ" || doc.mention_at(t).is_some_and(|m| doc.is_date(m));
        lasting
            || crate::grammar::is_act_adjective(key)
            || (key.starts_with("ال") && doc.mention_at(t).is_none())
    };
    let after = trigger.found.last_token + 1;
    let at = (after..after + BETWEEN_REACH).find(|&t| !adjective(t)).unwrap_or(after + BETWEEN_REACH);
    let at = between_after_terms(doc, trigger, at, clause_end).unwrap_or(at);
    // `مكالمة هاتفية جمعت الرئيسين المصري عبدالفتاح السيسي والفرنسي إيمانويل ماكرون`، `لقاء
    // جمع الرئيس بنظيره`: a meeting that brings two together names them as بين does.
    let brings_together = trigger.event_type == "CONSULT" && BRINGING_VERBS.contains(&doc.key(at));
    if doc.key(at) != "بين" && !brings_together {
        return None;
    }
    let from = at + 1;
    let actor_starting = |t: usize| {
        let mention = doc.mention_at(t)?;
        (doc.first_token_of(mention) == Some(t) && doc.is_actor(mention)).then_some(mention)
    };
    // The second side is joined by و, or by ب after a verb of bringing together, glued to its
    // name or to its office (`ونظيره الروسي فلاديمير بوتين`، `والفرنسي إيمانويل ماكرون`).
    let joins = |t: usize| {
        let raw = doc.raw(t);
        raw.starts_with('و') || (brings_together && raw.starts_with('ب'))
    };
    // `بين الرئيس الأمريكي دونالد ترامب وجيمس كومي`: the first side may follow its office.
    let first = (from..(from + FIRST_SIDE_REACH).min(clause_end)).filter_map(actor_starting).find(|&m| {
        doc.glued_conjunction(m) != Some('و') && !(brings_together && doc.glued_preposition(m) == Some('ب'))
    });
    let after = first.and_then(|m| doc.last_token_of(m)).map_or(from, |last| last + 1);
    // `بين الجيش اليمني، والحوثيين`: a comma may stand before the joined side, which opens
    // the next clause.
    let (after, clause_end) = match doc.is_comma(after) && joins(after + 1) {
        true => (after + 1, doc.clause_of(after + 1).end),
        false => (after, clause_end),
    };
    let second = if let Some(other) = side_after_one_hand(doc, after) {
        (other..(other + FIRST_SIDE_REACH).min(doc.clause_of(other).end)).find_map(actor_starting)
    } else if joins(after) {
        (after..(after + FIRST_SIDE_REACH).min(clause_end)).find_map(actor_starting)
    } else {
        (after..clause_end).filter_map(actor_starting).find(|&m| doc.glued_conjunction(m) == Some('و'))
    };
    if first.is_none() && second.is_none() {
        return None;
    }
    Some((first.into_iter().collect(), second.map(|m| coordinated(doc, m)).unwrap_or_default()))
}

/// Verbs of bringing together after a meeting's noun (folded): `لقاء جمع`، `قمة تجمع`.
const BRINGING_VERBS: &[&str] = &["جمع", "جمعت", "يجمع", "تجمع", "سيجمع", "ستجمع"];

/// How many words an agreement's terms may take before the بين of its parties (`اتفاق لوقف
/// إطلاق النار بين`، `اتفاق لتبادل الأسرى بين`).
const TERMS_REACH: usize = 4;

/// `اتفاقا لوقف إطلاق النار بين قوات النظام وتنظيم الدولة`: the بين of an agreement's parties
/// after its terms, which open with ل and name no one; the token of بين.
fn between_after_terms(doc: &Doc, trigger: &Trigger, at: usize, clause_end: usize) -> Option<usize> {
    let terms = trigger.event_type == "AGREE" && doc.raw(at).starts_with('ل') && doc.mention_at(at).is_none();
    if !terms {
        return None;
    }
    let end = (at + 1 + TERMS_REACH).min(clause_end);
    (at + 1..end).take_while(|&t| doc.mention_at(t).is_none()).find(|&t| doc.key(t) == "بين")
}

/// `بين القوات التركية والفصائل المقاتلة من جهة، ووحدات حماية الشعب من جهة أخرى`: the first
/// side, with those joined to it, ends in `من جهة`; the second opens after it (and its comma).
/// The token the second side opens at, when `من جهة` follows within reach of `from`.
fn side_after_one_hand(doc: &Doc, from: usize) -> Option<usize> {
    let end = (from + FIRST_SIDE_REACH).min(doc.sentence_end_of(from));
    let hand = (from..end).find(|&t| doc.key(t) == "من" && doc.key(t + 1) == "جهه")?;
    let next = hand + 2;
    Some(if doc.is_comma(next) { next + 1 } else { next })
}

/// How far after بين its first side may be named (past quotes, an office and its adjective).
const FIRST_SIDE_REACH: usize = 4;

/// The accused of aid charged in an accusation (`وتتهم السعودية إيران بدعم الحوثيين`، `متهمة
/// أميركا بدعم مزارعيها`): a noun of aid after ب in what an accusation claims is what the
/// accused did, and the accused is named right before it, never the accuser.
fn accused_of_aid(
    doc: &Doc,
    trigger: &Trigger,
    head: &CueMatch,
    claims: &[ClaimDraft],
    sentence_start: usize,
) -> Option<Vec<usize>> {
    let found = trigger.found;
    let charged_noun = trigger.event_type == "AID"
        && trigger.support.is_none()
        && !matches!(trigger.class, WordClass::Past | WordClass::Present)
        && doc.has_glued_preposition(found, 'ب');
    if !charged_noun {
        return None;
    }
    let accusation = claims.iter().rev().find(|c| c.content.contains(&head.first_token))?;
    if accusation.kind != "accuse" {
        return None;
    }
    let accuser = match &accusation.speaker {
        Speaker::Mentions(group) => group.as_slice(),
        Speaker::Unnamed(..) => &[],
    };
    let accused = crate::args::group_right_before(doc, found.first_token, sentence_start)?;
    let by_accuser = accused.iter().any(|&m| accuser.iter().any(|&a| doc.same_entity(a, m)));
    (!by_accuser).then_some(accused)
}

/// How many words after a backing noun its backer may be named (`بإسناد جوي ومدفعي من قوات`).
const BACKER_REACH: usize = 7;

/// The backer named after a noun of aid that opens a backing phrase (`بدعم من التحالف`،
/// `بإسناد جوي من طيران التحالف`): the first actor after it whose backing word it is, past
/// من. A name right after the noun is most often what was backed (`اتهمت تركيا فاركاس بدعم
/// العمال الكردستاني`).
fn backer_named_after(doc: &Doc, trigger: &Trigger, clause_end: usize) -> Option<Vec<usize>> {
    let found = trigger.found;
    let backing_noun = trigger.event_type == "AID"
        && trigger.support.is_none()
        && !matches!(trigger.class, WordClass::Past | WordClass::Present)
        && crate::grammar::is_backing_word(doc.key(found.first_token));
    if !backing_noun {
        return None;
    }
    (found.last_token + 1..(found.last_token + 1 + BACKER_REACH).min(clause_end)).find_map(|at| {
        let past_min = || (found.last_token + 1..at).any(|t| doc.key(t) == "من");
        let backs = doc.backing_word_before(at) == Some(found.first_token) && past_min();
        crate::args::actor_group_at(doc, at).filter(|_| backs)
    })
}

/// `تحرير المدينة من داعش`، `طردهم من تنظيم داعش`: after a noun of taking ground, the side
/// named after من is the one driven out, not the doer (as after `هجوم من داعش`).
fn is_driven_out(doc: &Doc, trigger: &Trigger, named: usize) -> bool {
    let before = doc.first_token_of(named).and_then(|first| first.checked_sub(1));
    trigger.mode == "occupy"
        && (before.is_some_and(|at| doc.key(at) == "من") || is_expelled(doc, trigger, named))
}

/// `إجلاء الخوذ البيضاء`: the genitive of a noun of evacuating is who is evacuated, unless
/// an object follows it after ل (`إخراج قسد لعناصر داعش`: then it is the doer).
fn is_evacuated(doc: &Doc, trigger: &Trigger, named: usize) -> bool {
    let noun = doc.cue_entries(trigger.found).any(|cue| cue.class == WordClass::Noun);
    let genitive = doc.first_token_of(named) == Some(trigger.found.last_token + 1)
        && doc.glued_preposition(named).is_none();
    let object_after = doc.last_token_of(named).is_some_and(|last| {
        let key = doc.key(last + 1);
        key.starts_with('ل') && !key.starts_with("ال")
    });
    trigger.mode == "evacuate" && noun && genitive && !object_after
}

/// Nouns of driving out (folded): their genitive, or their pronoun, is the side driven out,
/// never a place (the other [`OBJECT_PRONOUN_NOUNS`], `تحريرها`، `تطهيره`, have the place freed
/// in their pronoun as often).
const EXPELLING_NOUNS: &[&str] = &["طرد", "دحر"];

/// Whether a match is a bare noun of driving out ([`EXPELLING_NOUNS`], no pronoun).
fn is_expelling_word(doc: &Doc, found: &CueMatch) -> bool {
    found.first_token == found.last_token && EXPELLING_NOUNS.contains(&bare_stem(doc, found))
}

/// Words of envoys and missions (folded, without the article): driven out, they make a
/// sanction, not ground taken (`طردت روسيا 23 دبلوماسيا`، `بطرد السفير`).
const ENVOY_STEMS: &[&str] = &["دبلوماسي", "ديبلوماسي", "سفير", "سفراء", "بعثات", "ملحق"];

/// Words that may stand between a verb of driving out and the envoys it expels besides the
/// subject and a count (`طرد عشرات الدبلوماسيين`، `طرد كل منهما كبار دبلوماسيي`).
const ENVOY_COUNT_WORDS: &[&str] = &[
    "عشرات",
    "ميات",
    "كبار",
    "كل",
    "جميع",
    "منهما",
    "نحو",
    "حوالي",
    "قرابه",
    "قريبا",
    "ايضا",
    "دوله",
    "دول",
];

/// Whether a folded word names envoys ([`ENVOY_STEMS`], with or without the article or لل).
fn is_envoy_word(key: &str) -> bool {
    let word = key.strip_prefix('ل').filter(|rest| rest.starts_with("ال")).unwrap_or(key);
    let word = word.strip_prefix("ال").unwrap_or(word);
    ENVOY_STEMS.iter().any(|stem| word.starts_with(stem))
}

/// How many words may stand between the verb and the envoys.
const ENVOY_REACH: usize = 6;

/// `وطردت روسيا 23 دبلوماسيا بريطانيا`، `قرار واشنطن بطرد 60 دبلوماسيا`: driving out envoys (past
/// its subject and a count) cuts relations: a sanction, whoever is named. The token of the
/// envoys' word.
fn envoys_expelled(doc: &Doc, trigger: &Trigger) -> Option<usize> {
    let found = trigger.found;
    // The perfect and the noun are listed as `طرد`, the imperfect as `يطرد`.
    let expelling = |form: &str| EXPELLING_NOUNS.contains(&form.strip_prefix('ي').unwrap_or(form));
    let listed = |cue: &Cue| cue.form.split(' ').next().is_some_and(expelling);
    if !matches!(trigger.mode, "occupy" | "sever") || !doc.cue_entries(found).any(listed) {
        return None;
    }
    // A listed phrase (`طرد الدبلوماسيين`) holds the envoys' word itself.
    let end = doc.clause_of(found.first_token).end.min(found.last_token + 1 + ENVOY_REACH);
    for at in found.first_token + 1..end {
        let key = doc.key(at);
        if is_envoy_word(key) {
            return Some(at);
        }
        let passed = doc.mention_at(at).is_some_and(|m| doc.is_actor(m) || doc.stands_for_state(m))
            || doc.counts_at(at)
            || marsad_text::number::is_number_word(key)
            || ENVOY_COUNT_WORDS.contains(&key);
        if !passed {
            return None;
        }
    }
    None
}

/// `في أعقاب طرد مسلحي تنظيم الدولة منها`، `بعد دحر الحوثيين`: the name right after a noun
/// of driving out was driven out, unless a name after ل follows it as the one driven out
/// (`طرد قسد لداعش من الرقة`: then the first is the doer).
fn is_expelled(doc: &Doc, trigger: &Trigger, named: usize) -> bool {
    let expelling = trigger.class == WordClass::Noun && is_expelling_word(doc, trigger.found);
    let object_after = doc
        .last_token_of(named)
        .and_then(|last| doc.mention_at(last + 1))
        .is_some_and(|m| doc.is_actor(m) && doc.glued_preposition(m) == Some('ل'));
    expelling && !object_after
}

/// Verbal nouns (folded, as listed) of acts done to a side taken or driven out: with a
/// pronoun, the pronoun is most often that side (`تحريرها`، `دحرها`، `طردهم`، `تجنيده`), as
/// with the victim modes. Nouns of moving on or holding ground (`تقدمها`، `سيطرتها`) have
/// their doer in it instead. A wounding's pronoun is the wounded (`توفي بعد إصابته برصاصة`).
const OBJECT_PRONOUN_NOUNS: &[&str] = &["تحرير", "دحر", "طرد", "تطهير", "استعاده", "تجنيد", "اصابه"];

/// Whether a match is one of [`OBJECT_PRONOUN_NOUNS`] carrying a pronoun, with no object
/// opened after it (as in `طردها لعناصر التنظيم`).
fn carries_its_object(doc: &Doc, found: &CueMatch) -> bool {
    let object_from = || object_opens_after(doc, found.last_token + 1, |m| doc.is_actor(m));
    noun_carries_pronoun_of(doc, found, |base| OBJECT_PRONOUN_NOUNS.contains(&base)) && !object_from()
}

/// Whether an object opens at token `at` past a noun's adjectives ([`opens_an_object`]), with
/// a side for which `side` holds named right after the word that opens it.
fn object_opens_after(doc: &Doc, at: usize, side: impl Fn(usize) -> bool) -> bool {
    let at = past_adjectives(doc, at);
    let named = doc.mention_at(at + 1).filter(|&m| side(m)).map_or(usize::MAX, |_| at + 1);
    opens_an_object(doc, at, named)
}

/// Prepositions that make a country after them the side an act is done to or with.
const SIDE_PREPOSITIONS: &[&str] = &["علي", "ضد", "لدي", "مع"];

/// A country or a capital named as the object of a verb: right where its object starts
/// (`object_start`, past the subject: `اتهمت حماس إسرائيل`) with nothing glued to it (not
/// `وألمانيا`, coordinated with the subject, nor `بدمشق`), or after a preposition of the
/// side (`على إيران`، `مع روسيا`، `لدى أنقرة`); not where something happens or goes (`في
/// سوريا`، `إلى موسكو`).
fn is_state_as_object(doc: &Doc, mention: usize, object_start: usize) -> bool {
    let Some(first) = doc.first_token_of(mention) else { return false };
    let bare = || {
        let starts = doc.mentions.get(mention).map(|m| m.start);
        doc.tokens.get(first).map(|t| t.start) == starts
    };
    let direct = first == object_start && bare();
    let after_side = first.checked_sub(1).is_some_and(|t| SIDE_PREPOSITIONS.contains(&doc.key(t)));
    doc.stands_for_state(mention) && (direct || after_side)
}

/// How many words may stand between an act's noun and the preposition before the state it
/// is done to (`العقوبات الاقتصادية الأمريكية على إيران`).
const NOUN_STATE_GAP: usize = 3;

/// A country or a capital after a preposition of the side, close after an act's noun ending
/// at token `noun_end` with no other act's word between (`فرض عقوبات على موسكو`، `محادثات
/// رفيعة المستوى مع كوريا الشمالية`; not `مناقشة الغارات على اليمن`).
fn is_state_after_noun(doc: &Doc, noun_end: usize, mention: usize) -> bool {
    let Some(preposition) = doc.first_token_of(mention).and_then(|first| first.checked_sub(1)) else {
        return false;
    };
    let close = preposition > noun_end && preposition <= noun_end + 1 + NOUN_STATE_GAP;
    close
        && (noun_end + 1..preposition).all(|t| doc.cue_at(t).is_none())
        && is_state_as_object(doc, mention, usize::MAX)
}

/// The nearest actors before token `at` in its sentence that are [`counted_as_victims`].
fn victims_counted_before(doc: &Doc, at: usize, sentence_start: usize) -> Option<Vec<usize>> {
    let mention = (sentence_start..at).rev().find_map(|t| doc.mention_at(t).filter(|&m| doc.is_actor(m)))?;
    let group = coordinated(doc, mention);
    counted_as_victims(doc, &group, sentence_start).then_some(group)
}

/// Whether a mention stands right after an agent marker (`برصاص`، `بنيران`، `على يد`، `من
/// قبل`), as the one who did an act.
fn named_as_agent(doc: &Doc, mention: usize) -> bool {
    let before = doc.first_token_of(mention).and_then(|first| first.checked_sub(1));
    before.is_some_and(|t| marks_agent(doc, t, is_agent_marker))
}

/// Whether token `at` is an agent marker `is_marker` accepts: `على يد` is by the hand of;
/// `من يد الميليشيات` is from the hands of the side driven out.
fn marks_agent(doc: &Doc, at: usize, is_marker: impl Fn(&str) -> bool) -> bool {
    let after_min = at.checked_sub(1).is_some_and(|t| doc.key(t) == "من");
    let from_hands = doc.key(at) == "يد" && after_min;
    // `إلى جانب القوات` fights beside them; only `من جانب الحوثيين` names who did it.
    let beside = doc.key(at) == "جانب" && !after_min;
    is_marker(doc.key(at)) && !from_hands && !beside
}

/// How many words (titles, adjectives, commas, `بينهم`) may stand between a noun of harm and
/// the one it names as harmed (`مقتل الصحفي الأمريكي ديفيد غيلكي`).
const VICTIM_REACH: usize = 4;

/// `مقتل الصحفي الأمريكي ديفيد غيلكي ومترجمه في هجوم`، `بينهم القيادي إسماعيل الوشلي، وإصابة
/// أكثر من 20`، `قتل القيادي حسن الوشلي بغارة`: a name a noun of harm (or a passive killing,
/// [`killed_by_what_follows`]) before it names as the one harmed did not do the acts told
/// after it in its sentence.
fn named_as_victim(doc: &Doc, group: &[usize]) -> bool {
    let Some(first) = group.iter().filter_map(|&m| doc.first_token_of(m)).min() else { return false };
    let sentence_start = doc.sentence_of(first).and_then(|s| doc.sentences.get(s)).map_or(0, |s| s.start);
    let mut at = first;
    for _ in 0..VICTIM_REACH {
        let Some(before) = at.checked_sub(1).filter(|&t| t >= sentence_start) else { return false };
        let killed_here = |found: &CueMatch| {
            let sentence_end = doc.sentence_end_of(first);
            trigger_of(doc, found).is_some_and(|t| killed_by_what_follows(doc, &t, group, sentence_end))
        };
        if doc.cue_match_at(before).is_some_and(|found| names_harm_done(doc, found) || killed_here(found)) {
            return true;
        }
        let key = doc.key(before);
        let filler = crate::claims::is_title_word(key)
            || key.starts_with("ال")
            || doc.is_comma(before)
            || matches!(key, "بينهم" | "منهم");
        if !filler || doc.mention_at(before).is_some() {
            return false;
        }
        at = before;
    }
    false
}

/// `وواجهت إسرائيل انتقادات`، `يواجه ترامب اتهامات`: the subject named right between a verb
/// of facing and the act's noun faced the act; it did not do it.
fn faced_by(doc: &Doc, trigger: &Trigger, group: &[usize]) -> bool {
    let first = group.iter().filter_map(|&m| doc.first_token_of(m)).min();
    let last = group.iter().filter_map(|&m| doc.last_token_of(m)).max();
    let (Some(first), Some(last)) = (first, last) else { return false };
    let facing = first.checked_sub(1).is_some_and(|verb| {
        let key = doc.key(verb);
        let key =
            key.strip_prefix(['و', 'ف']).filter(|rest| rest.starts_with(['و', 'ي', 'ت', 'ن'])).unwrap_or(key);
        ["واجه", "يواجه", "تواجه", "نواجه"].iter().any(|stem| key.starts_with(stem))
    });
    facing && last + 1 == trigger.found.first_token
}

/// Whether a word that may be a noun is one: a preposition governs it, or it follows a word
/// of its clause that is neither a relative pronoun nor a comma, and no verb reads it (`في
/// دعمه`، `عن مطالبته`; `الذي منحته الملكة لقبا`، `وفي 2012، منحتها الوزارة جائزة` are verbs
/// the lexicon does not list, with their object pronoun).
fn surely_a_noun(doc: &Doc, found: &CueMatch) -> bool {
    let before = found.first_token.checked_sub(1);
    let after_preposition = before.is_some_and(|at| crate::grammar::is_preposition(doc.key(at)));
    let may_open_a_clause = before.is_none_or(|at| {
        is_relative_pronoun(doc.key(at))
            || doc.is_comma(at)
            || doc.clause_of(found.first_token).start == found.first_token
    });
    found.proclitics.preposition || after_preposition || (!doc.may_be_verb(found) && !may_open_a_clause)
}

/// Types whose verbal noun, carrying a pronoun, has its doer in it (`دعمه`، `انتقاده`،
/// `مطالبته`، `رفضه`): words, relations and help given. Help that moves or shields someone
/// (`نقله`، `إجلاؤهم`، `حمايته`) has the one moved or shielded there.
const DOER_PRONOUN_TYPES: &[&str] = &[
    "SUPPORT",
    "DISAPPROVE",
    "DEMAND",
    "REJECT",
    "AGREE",
    "CONCEDE",
    "THREATEN",
    "CONSULT",
    "COOPERATE",
    "AID",
];

/// Whether a noun of the trigger's type and mode carries its doer as a pronoun
/// ([`DOER_PRONOUN_TYPES`]), so that a bare name after it is its object.
fn pronoun_is_its_doer(trigger: &Trigger) -> bool {
    DOER_PRONOUN_TYPES.contains(&trigger.event_type)
        && !matches!(trigger.mode, "transport" | "evacuate" | "protect")
}

/// Whether a one-word noun trigger carries its owner's pronoun (`انتقاداته`، `إدانتها`).
fn owned_by_pronoun(doc: &Doc, trigger: &Trigger) -> bool {
    let found = trigger.found;
    trigger.class == WordClass::Noun
        && found.first_token == found.last_token
        && crate::claims::carries_pronoun(doc.raw(found.first_token))
}

/// `قتلى وجرحى داعش`، `إصابات الجيش`: a noun of the wounded or of wounds with a side named
/// right after it, its genitive, names the side that suffered them, as one of the dead does.
fn names_the_wounded(doc: &Doc, trigger: &Trigger) -> bool {
    let found = trigger.found;
    trigger.class == WordClass::Noun
        && matches!(doc.stem_of(found), "جرحي" | "اصابه" | "اصابات")
        && doc.mention_at(found.last_token + 1).is_some_and(|m| doc.is_actor(m))
}

/// A noun of harm done to the one named after it: a killing, an abduction, an arrest
/// (`مقتل`، `اختطاف`), or a wounding (`إصابة`); or a verb spelled only as a passive (`أصيب`).
fn names_harm_done(doc: &Doc, found: &CueMatch) -> bool {
    spelled_passive(doc, found)
        || trigger_of(doc, found).is_some_and(|t| {
            t.class == WordClass::Noun && (VICTIM_MODES.contains(&t.mode) || doc.stem_of(found) == "اصابه")
        })
}

/// `قتل 5 جنود من الجيش العراقي في هجوم`، `لقي 18 من قوات النظام مصرعهم إثر هجوم`: the side
/// counted right after a verb of killing or of undergoing suffered the acts told after it. A
/// name in an earlier sentence (an antecedent) was counted there, not here.
fn counted_as_victims(doc: &Doc, group: &[usize], sentence_start: usize) -> bool {
    let first = group.iter().filter_map(|&m| doc.first_token_of(m)).min();
    let Some(first) = first.filter(|&t| t >= sentence_start) else { return false };
    // The count ends where [`crate::args::side_after_count`] would find this group after it.
    let from = first.saturating_sub(COUNT_ADJECTIVES_AND_OF + 1).max(sentence_start);
    let count_end =
        (from..first).rev().find(|&t| doc.counts_at(t) && crate::args::side_after_count(doc, t) == first);
    let Some(count) = count_end.and_then(|t| doc.mention_at(t)) else {
        return false;
    };
    let verb = doc.first_token_of(count).and_then(|t| t.checked_sub(1));
    verb.and_then(|t| doc.cue_match_at(t)).is_some_and(|found| {
        support_role(doc, found) == Some(Support::Undergo)
            || trigger_of(doc, found).is_some_and(|t| KILLING_MODES.contains(&t.mode))
    })
}

/// How far before the side it is counted from a count may end: two adjectives and `من`.
const COUNT_ADJECTIVES_AND_OF: usize = 3;

/// `قبل دحرها من مفرق المخا`: a noun that [`carries_its_object`] was done to the one its
/// pronoun points back to, most often the actor named last: so that actor did not do it.
fn pronoun_is_its_object(doc: &Doc, trigger: &Trigger) -> bool {
    trigger.support.is_none() && is_nominal(trigger.class) && carries_its_object(doc, trigger.found)
}

/// `قوات سوريا الديمقراطية التي تدعمها واشنطن`، `غولن، الذي تتهمه أنقرة`: a verb right after a
/// relative pronoun, carrying an object pronoun, has the relative's antecedent for its object
/// (the pronoun points back to it) and its subject after it. The antecedent is the actor (or
/// state) named right before the relative pronoun, past a comma; a name after the verb's
/// subject belongs to the clause the relative one interrupts (`تقاتل قسد التي تدعمها واشنطن
/// تنظيم داعش`: ISIS is fought, not backed).
///
/// The pronoun must agree with the relative one (`التي … تدعمها`, not `غولدا مائير التي
/// استقبلته`, where the antecedent is the subject and the pronoun someone else), the verb must
/// have a doer (named after it or carried on: `القوات الأفغانية التي دربها` the NATO told of),
/// and `الذي` does not point back to two names or to a feminine one (`اللقاء بين مصر
/// والبرتغال الذي استضافته`: the match was hosted).
fn antecedent_of_its_object_pronoun(
    doc: &Doc,
    trigger: &Trigger,
    sentence_start: usize,
    actor: &[usize],
) -> Option<Vec<usize>> {
    let found = trigger.found;
    let relative = found.first_token.checked_sub(1).filter(|&t| is_relative_pronoun(doc.key(t)))?;
    let verb = trigger.support.is_none() && matches!(trigger.class, WordClass::Past | WordClass::Present);
    if !verb || actor.is_empty() || !carries_object_pronoun(doc, found) {
        return None;
    }
    let pronoun = RESUMPTIVE_PRONOUNS.iter().find(|(rel, _)| *rel == doc.key(relative)).map(|(_, p)| *p)?;
    let raw = doc.raw(found.first_token);
    let agrees = raw.ends_with(pronoun) && !(pronoun == "ه" && raw.ends_with("هه"));
    let group = crate::args::group_right_before(doc, relative, sentence_start).filter(|_| agrees)?;
    let feminine = |m: usize| {
        doc.stands_for_state(m) || doc.first_token_of(m).is_some_and(|t| doc.raw(t).ends_with('ة'))
    };
    let masculine_one = group.len() == 1 && !feminine(group[0]);
    (pronoun != "ه" || masculine_one).then_some(group)
}

/// `تحذيره لإيران من إقامة قواعد`، `التهديد الأمريكي لكوريا الشمالية`، `تهديده لجيرانه`: after
/// a noun of warning or threat that is definite or carries its doer as a pronoun, a name after
/// ل is the one warned or threatened. After a bare indefinite noun ل may mark the doer as
/// well (`تهديد للرئيس السوري باللجوء للقوة`, a threat of his), as it does after an attack's
/// noun (`غارة للتحالف`): left to that reading.
fn addressee_of_warning(doc: &Doc, trigger: &Trigger) -> Option<Vec<usize>> {
    let determined = trigger.found.proclitics.article || noun_carries_pronoun(doc, trigger.found);
    let warning = trigger.event_type == "THREATEN" && trigger.class == WordClass::Noun && determined;
    let named = doc.mention_at(trigger.found.last_token + 1).filter(|_| warning)?;
    let side = doc.is_actor(named) || doc.stands_for_state(named);
    let bare = doc.first_token_of(named) == Some(trigger.found.last_token + 1);
    (side && bare && doc.glued_preposition(named) == Some('ل')).then(|| coordinated(doc, named))
}

/// `اتهمت لندن موسكو بتسميم الجاسوس، وهو ما تنفيه موسكو`، `بحسب المرصد، الأمر الذي نفاه
/// الجيش التركي`: a denial or refusal after `وهو ما` (or `الأمر الذي`), carrying the pronoun that
/// points back to what was said before it, rejects the word of whoever said it: the speaker of
/// the last claim before it in its sentence, named there, other than the one who denies (who
/// must be named: an unnamed one, `تنفيه الأخيرة`, is as often the accused). Any denial after
/// an accusation in its sentence rejects the accuser's word.
fn author_of_what_is_denied(
    doc: &Doc,
    trigger: &Trigger,
    sentence: usize,
    claims: &[ClaimDraft],
    actor: &[usize],
) -> Option<Vec<usize>> {
    let found = trigger.found;
    let verb = trigger.support.is_none() && matches!(trigger.class, WordClass::Past | WordClass::Present);
    if trigger.event_type != "REJECT" || !verb || actor.is_empty() {
        return None;
    }
    let before = |back: usize| found.first_token.checked_sub(back).map_or("", |t| doc.key(t));
    let points_back = (before(1) == "ما" && matches!(before(2), "وهو" | "هو" | "وهذا" | "وذلك"))
        || (before(1) == "الذي" && before(2).ends_with("الامر"));
    let claim = claims.iter().rev().find(|c| c.sentence == sentence && c.cue_token < found.first_token)?;
    // `واتهمت ماي موسكو بتسميم الجاسوس، فيما نفت روسيا الاتهامات`: a denial after an
    // accusation in its sentence answers it, whatever it names.
    if !(points_back && carries_object_pronoun(doc, found)) && claim.kind != "accuse" {
        return None;
    }
    let Speaker::Mentions(group) = &claim.speaker else { return None };
    let start = doc.sentences.get(sentence).map_or(0, |range| range.start);
    let named_here =
        group.iter().filter_map(|&m| doc.first_token_of(m)).all(|t| (start..found.first_token).contains(&t));
    let other = !group.iter().any(|&m| actor.iter().any(|&a| doc.same_entity(a, m)));
    (named_here && other).then(|| group.clone())
}

/// Each relative pronoun (folded) and the object pronoun that points back to it.
const RESUMPTIVE_PRONOUNS: &[(&str, &str)] = &[
    ("الذي", "ه"),
    ("التي", "ها"),
    ("الذين", "هم"),
    ("اللذين", "هما"),
    ("اللتين", "هما"),
    ("اللواتي", "هن"),
    ("اللاتي", "هن"),
];

/// `خاضت المعارك ضد تنظيم داعش في الرقة، وتمكنت من طرده منها`: the side a noun of driving
/// out ([`EXPELLING_NOUNS`]) carrying its object as a pronoun (alone or after a verb of
/// managing) was done to, when the nearest name before it in its sentence is an actor named
/// after a preposition, as the side acted on is; not the doer, not a backer, and not a place
/// (`قبل أن يصار إلى تحريرها`). A masculine pronoun (`طرده`، `طردهم`) does not stand for a
/// town, which is feminine: it looks past places and dates.
fn side_its_pronoun_stands_for(
    doc: &Doc,
    trigger: &Trigger,
    sentence_start: usize,
    actor: &[usize],
) -> Option<usize> {
    let carried = matches!(trigger.support, None | Some((_, Support::Control)))
        && is_nominal(trigger.class)
        && carries_its_object(doc, trigger.found)
        && noun_carries_pronoun_of(doc, trigger.found, |base| EXPELLING_NOUNS.contains(&base));
    if !carried {
        return None;
    }
    let raw = doc.raw(trigger.found.last_token);
    let masculine = raw.ends_with('ه') || raw.ends_with("هم");
    let nearest = (sentence_start..trigger.found.first_token)
        .rev()
        .filter_map(|at| doc.mention_at(at))
        .find(|&m| !masculine || doc.is_actor(m))?;
    // A backer (`بإسناد من التحالف`) is on the doer's side.
    let acted_on = doc.is_actor(nearest)
        && !doc.is_backer(nearest)
        && (doc.after_preposition(nearest) || headed_after_preposition(doc, nearest));
    (acted_on && !actor.iter().any(|&a| doc.same_entity(a, nearest))).then_some(nearest)
}

/// How many words may stand between an attack's word and the held noun after it (`على`،
/// `أحد`، `عددا من`).
const HELD_OBJECT_REACH: usize = 4;

/// `اتهمت دمشق التحالف باستهداف أحد مواقعها`، `هاجم داعش الجيش وقتل عددا من عناصره`: the side
/// whose positions or men an attack hit, when its object is a held noun ([`is_held_noun`])
/// carrying a pronoun: the nearest actor (or state) before the act in its sentence other than
/// its doer (and not a backer). Not for taking ground, whose object is as often the doer's own
/// (`استعادت القوات مواقعها`).
fn owner_of_held_object(
    doc: &Doc,
    trigger: &Trigger,
    sentence_start: usize,
    clause_end: usize,
    actor: &[usize],
) -> Option<usize> {
    if trigger.event_type != "ASSAULT" || trigger.mode == "occupy" || actor.is_empty() {
        return None;
    }
    let held =
        object_word_after(doc, trigger, clause_end, actor).is_some_and(|at| names_held_with_pronoun(doc, at));
    if !held {
        return None;
    }
    nearest_other_side_before(doc, sentence_start, trigger.found.first_token, actor)
}

/// The first word after an attack's word and its named doer, past the words that lead to a
/// held noun (`على أحد`، `عددا من`) and within [`HELD_OBJECT_REACH`] in its clause, that no
/// mention covers: where the positions or men it hit would be named.
fn object_word_after(doc: &Doc, trigger: &Trigger, clause_end: usize, actor: &[usize]) -> Option<usize> {
    let actor_end = actor.iter().filter_map(|&m| doc.last_token_of(m)).max().unwrap_or(0);
    let from = (trigger.found.last_token + 1).max(actor_end + 1);
    (from..(from + HELD_OBJECT_REACH).min(clause_end))
        .take_while(|&at| doc.mention_at(at).is_none())
        .find(|&at| !is_way_to_held_noun(doc.key(at)))
}

/// `ضرب الجيش الإسرائيلي مواقعا عسكرية إيرانية`، `قصفت الطائرات أهدافا إيرانية`: an attack
/// whose object is a held noun (bare, with the article or the accusative's alif) with a
/// nationality after it hit that state's positions or men: the state is the target. Not for
/// taking ground (`استعادت القوات مواقع سورية`), whose object may be its own.
fn state_of_held_object(doc: &Doc, trigger: &Trigger, clause_end: usize, actor: &[usize]) -> Option<usize> {
    if trigger.event_type != "ASSAULT" || trigger.mode == "occupy" {
        return None;
    }
    let held = object_word_after(doc, trigger, clause_end, actor)?;
    let key = doc.key(held);
    let (definite, bare) = key.strip_prefix("ال").map_or((false, key), |bare| (true, bare));
    let noun = is_held_noun(bare) || bare.strip_suffix('ا').is_some_and(is_held_noun);
    let acting = |m: usize| actor.iter().any(|&a| doc.same_entity(a, m));
    noun.then(|| crate::args::state_of_held_noun(doc, held, definite, trigger.found.first_token, acting))
        .flatten()
}

/// The nearest side (an actor, a country or a capital) named from token `from` to before
/// token `before`, other than the doer `actor` and not a backer: whose positions or men an
/// act hit.
fn nearest_other_side_before(doc: &Doc, from: usize, before: usize, actor: &[usize]) -> Option<usize> {
    (from..before).rev().filter_map(|at| doc.mention_at(at)).find(|&m| {
        let side = doc.is_actor(m) || doc.stands_for_state(m);
        side && !doc.is_backer(m) && !actor.iter().any(|&a| doc.same_entity(a, m))
    })
}

/// `أكدت الإمارات مقتل أربعة من جنودها`، `أعلن الجيش الأمريكي مقتل اثنين من جنوده`: the dead,
/// hurt or taken counted right after the act's word from men carrying a pronoun
/// ([`names_held_with_pronoun`]) were of the side the pronoun stands for: the nearest side
/// named before the act in its sentence, not a backer nor the doer.
fn owner_of_counted_victims(
    doc: &Doc,
    trigger: &Trigger,
    sentence_start: usize,
    actor: &[usize],
) -> Option<usize> {
    if !VICTIM_MODES.contains(&trigger.mode) {
        return None;
    }
    let count = trigger.found.last_token + 1;
    let quantity = doc.mention_at(count).filter(|_| doc.counts_at(count))?;
    let last = doc.last_token_of(quantity)?;
    // The men are the count's last word (`عشرة من عناصره`) or follow it after من.
    let men = if doc.key(last + 1) == "من" { last + 2 } else { last };
    if !names_held_with_pronoun(doc, men) {
        return None;
    }
    nearest_other_side_before(doc, sentence_start, trigger.found.first_token, actor)
}

/// Words that may lead from an attack's word to the held noun it hit: a preposition of the
/// side acted on and a count or part (`على أحد`، `عددا من`).
fn is_way_to_held_noun(key: &str) -> bool {
    matches!(key, "علي" | "ضد" | "احد" | "بعض" | "عدد" | "عددا" | "من")
}

/// Whether the word at `at` is a held noun ([`is_held_noun`]) carrying a possessive pronoun,
/// bare or after a glued ب or ل (`لمواقعها`): its ة written ت before the pronoun (`قاعدتها`).
fn names_held_with_pronoun(doc: &Doc, at: usize) -> bool {
    let key = doc.key(at);
    let bare = key.strip_prefix(['ب', 'ل']).filter(|rest| rest.chars().count() > 3).unwrap_or(key);
    ["ها", "هم", "هما", "ه"].iter().filter_map(|p| bare.strip_suffix(p)).any(|body| {
        is_held_noun(body) || body.strip_suffix('ت').is_some_and(|stem| is_held_noun(&format!("{stem}ه")))
    })
}

/// `ضد تنظيم "الدولة الإسلامية"`: a name in quotes after an organization's head noun that
/// follows a preposition.
fn headed_after_preposition(doc: &Doc, mention: usize) -> bool {
    let Some(first) = doc.first_token_of(mention) else { return false };
    let head = (0..first).rev().find(|&t| !doc.wraps_a_name(t));
    head.is_some_and(|h| {
        crate::grammar::is_organization_head(doc.key(h))
            && h.checked_sub(1).is_some_and(|p| crate::grammar::is_preposition(doc.key(p)))
    })
}

/// How many definite words a noun's adjectives may take up (`موافقته الواضحة على`).
const ADJECTIVE_REACH: usize = 2;

/// The first token from `at` past the definite words that are no names: a definite noun's
/// adjectives (`موافقته الواضحة`، `اجتماعها الأسبوعي`).
fn past_adjectives(doc: &Doc, at: usize) -> usize {
    (at..at + ADJECTIVE_REACH)
        .find(|&t| {
            let key = doc.key(t);
            !(key.starts_with("ال") && doc.mention_at(t).is_none() && !crate::grammar::is_preposition(key))
        })
        .unwrap_or(at + ADJECTIVE_REACH)
}

/// Verbal nouns (folded) of fighting, facing or pursuing a side: the side named right after
/// one is the side faced (`قتال تنظيم الدولة`، `مواجهة الحوثيين`، `استهداف الجيش`).
const FACING_NOUNS: &[&str] =
    &["قتال", "مقاتله", "محاربه", "مواجهه", "مكافحه", "ملاحقه", "مطارده", "مهاجمه", "استهداف"];

/// Whether `named`, right after a noun of [`FACING_NOUNS`], is the side faced: when no object
/// of the act's own follows it (`استهداف إسرائيل لمطار المزة`، `استهداف إسرائيل مواقع في
/// سوريا`، `قتال الحوثيين ضد القوات`: then it is the doer).
fn faces_the_named(doc: &Doc, trigger: &Trigger, named: &[usize]) -> bool {
    let found = trigger.found;
    let right_after = named.first().and_then(|&m| doc.first_token_of(m)) == Some(found.last_token + 1);
    if trigger.class != WordClass::Noun
        || found.first_token != found.last_token
        || !right_after
        || named.first().is_some_and(|&m| doc.glued_preposition(m).is_some())
        || !FACING_NOUNS.contains(&bare_stem(doc, found))
    {
        return false;
    }
    let Some(last) = named.iter().filter_map(|&m| doc.last_token_of(m)).max() else { return false };
    let side = |m: usize| doc.is_actor(m) || doc.stands_for_state(m);
    let after = past_adjectives(doc, last + 1);
    // `قتال ميليشيات حزب الله هناك`: where it fights, not whom.
    let object = object_opens_after(doc, last + 1, side)
        || doc.mention_at(after).is_some_and(side)
        || crate::grammar::is_held_noun(doc.key(after))
        || matches!(doc.key(after), "هناك" | "هنا");
    !object
}

/// Prepositions that open the object of an act noun: the side acted on, with or towards.
const OBJECT_PREPOSITIONS: &[&str] = &["علي", "ضد", "مع", "بين", "الي", "عن", "نحو"];

/// Whether the word at `at`, right after a noun, opens its object, named from token
/// `named`: a preposition of the side acted on or with (`على`، `ضد`، `مع`, a glued ل), or
/// `من` right before the side driven out (`تحريره من داعش`); not `ب`, a time word
/// (`اعتقالها بعد ساعات من قمة`) or a `من` of where from or who by (`مصرعه بغارات`،
/// `طردها من مناطق`، `من قبل`).
fn opens_an_object(doc: &Doc, at: usize, named: usize) -> bool {
    let key = doc.key(at);
    if key == "من" {
        return named == at + 1;
    }
    // A glued ل on a word long enough not to be one of its own letters (`لتجمعات`، `لوقف`).
    let glued_la = key.starts_with('ل') && key.chars().count() >= 4;
    glued_la || OBJECT_PREPOSITIONS.contains(&key)
}

/// Who did an act and to whom, and whether the one it was done to is named in the clause
/// (not only pointed back to by `التنظيم`).
#[derive(Default)]
struct Participants {
    actor: Vec<usize>,
    target: Vec<usize>,
    target_named: bool,
    /// A noun's pronoun stands where a name after it was read as its target (`مقتله`).
    pronoun_named: bool,
    /// The names that pronoun displaced.
    named_after: Vec<usize>,
    /// A protest that is the scene of an act of force: its doers are the protesters, unnamed.
    met_by_force: bool,
    /// A backing phrase: its actor is the backer, its target the force backed.
    backing: bool,
    /// The verb was read as a passive by what follows it ([`killed_by_what_follows`]).
    killed_passive: bool,
    /// An act of force that the sentence's subject only speaks of ([`speaks_of_force`]): no
    /// doer is carried over to it.
    spoken_of: bool,
    /// The doer is a country named in the act's own phrase ([`state_doing_to_another`]).
    doer_in_phrase: bool,
    /// The places that witnessed the act, standing where its doer would ([`witnessed_there`]):
    /// the act is told as having happened there.
    witnessed: Vec<usize>,
}

impl Participants {
    /// Participants read from a phrase that names both sides itself (a backing phrase, an
    /// accusation of aid): no pronoun or force scene in play.
    fn named(actor: Vec<usize>, target: Vec<usize>, backing: bool) -> Self {
        Participants { actor, target, target_named: true, backing, ..Participants::default() }
    }
}

/// Event types whose noun a nationality after it gives a doer (`قصف روسي`، `الدعم الأمريكي`،
/// `انسحاب أمريكي`). Arrests and expulsions are left out: `اعتقال فلسطيني` is the arrest of
/// a Palestinian. Words said have their sayer there too (`الطلب الفلسطيني`، `الاتهامات
/// الروسية`، `الرفض الأمريكي`، `التهديدات الإيرانية`).
const NATIONAL_DOER_TYPES: &[&str] = &[
    "ASSAULT",
    "MOBILIZE",
    "RETREAT",
    "AID",
    "SANCTION",
    "DEMAND",
    "DISAPPROVE",
    "REJECT",
    "THREATEN",
    "SUPPORT",
    "AGREE",
    "CONCEDE",
];

/// Event types only forces, governments and people carry out: a news outlet or a monitor
/// that "attacks" is the source of the report, not the attacker.
const FORCE_TYPES: &[&str] = &["ASSAULT", "COERCE", "MOBILIZE", "RETREAT", "AID", "COOPERATE"];

/// `في حوار مع CNN`، `في اتصال هاتفي مع وكالة الأنباء الموريتانية`: an interview or a call
/// with a news outlet is a statement made to it, no consultation.
fn is_talk_to_the_press(doc: &Doc, target: &[usize]) -> bool {
    !target.is_empty() && target.iter().all(|&m| doc.is_media(m))
}

/// Types a news medium or a monitor does not take part in, though it may voice, criticise,
/// demand or investigate: met, agreed, sanctioned, conceded or threatened, the name is the
/// source (`اجتمع مع بوتين، بحسب وكالة إنترفاكس`).
const NOT_BY_REPORTERS: &[&str] = &["CONSULT", "AGREE", "SANCTION", "CONCEDE", "THREATEN"];

/// Whether the actors found may carry out an event of this type.
/// A rights or aid group (`ngo`: هيومن رايتس ووتش، الصليب الأحمر) attacks and arrests no one,
/// though it aids and pulls its staff out.
fn can_act(doc: &Doc, event_type: &str, actor: &[usize]) -> bool {
    let reporters_cannot = FORCE_TYPES.contains(&event_type) || NOT_BY_REPORTERS.contains(&event_type);
    let violent = matches!(event_type, "ASSAULT" | "COERCE");
    let rights_group = |m: usize| violent && doc.actor_type(m) == Some("ngo");
    !reporters_cannot || !actor.iter().any(|&m| doc.is_media(m) || doc.is_monitor(m) || rights_group(m))
}

/// True for a verb in the first person plural (`لن ننسحب`): the speaker tells of its own act.
fn speaks_for_itself(doc: &Doc, trigger: &Trigger) -> bool {
    let head = trigger.support.map_or(trigger.found, |(verb, _)| verb);
    is_first_person_plural(doc, head)
}

/// Particles that may stand between a complementizer and its verb (`أنه لم يقصف`، `أنها قد`).
const VERB_PARTICLES: &[&str] = &["قد", "لم", "لن", "لا", "سوف", "ما"];

/// How many words, time words and particles, may stand between a complementizer and the verb
/// its pronoun is the subject of (`أنه ضرب ليلا`، `أنه في وقت سابق اليوم نفذ`).
const PRONOUN_REACH: usize = 4;

/// `أعلنت قسد أنها سيطرت`، `أكد الجيش أنه نفذ ضربة`: the first verb after a complementizer
/// carrying a pronoun (the verb `head`, or the support verb of its noun) has that pronoun, the
/// speaker, as its subject: the speaker tells of its own act. Later verbs have subjects of
/// their own (`قالت إنها تطهو … لكن يساعدها طباخ`), and a plural pronoun after one person
/// stands for others (`مؤكدا أنهم يحمونه`). So do the speaker's forces (`أن قواته قتلت`).
fn is_told_by_pronoun(doc: &Doc, head: &CueMatch, speaker: &[usize]) -> bool {
    let head = head.first_token;
    // `وأعلن الجيش أن قواته قتلت`: the speaker's own forces did it.
    if crate::args::owned_forces_subject(doc, head).is_some() {
        return true;
    }
    let Some(complementizer) = pronoun_complementizer_before(doc, head) else { return false };
    let plural = complementizer.ends_with("هم") || complementizer.ends_with("هما");
    let one_person = matches!(speaker, [only] if doc.is_person(*only));
    !(plural && one_person)
}

/// The complementizer carrying a pronoun (folded) right before token `head`, past time words,
/// dates and verb particles only (`أنه لم يقصف`، `أنها في وقت سابق اليوم نفذت`).
fn pronoun_complementizer_before<'d>(doc: &'d Doc, head: usize) -> Option<&'d str> {
    let between = |at: usize| {
        let key = doc.key(at);
        is_time_word(key)
            || VERB_PARTICLES.contains(&key)
            || doc.mention_at(at).is_some_and(|m| doc.is_date(m))
    };
    (head.saturating_sub(PRONOUN_REACH + 1)..head)
        .rev()
        .find(|&at| !between(at))
        .map(|at| doc.key(at))
        .filter(|key| crate::grammar::is_pronoun_complementizer(key))
}

/// True when the verb of a match is in the first person plural: a present form starting
/// with ن where its listed form starts with ي (`ننسحب`، `سنضرب`), or a past form ending in نا
/// where its listed form does not (`بدأنا`).
fn is_first_person_plural(doc: &Doc, head: &CueMatch) -> bool {
    let stem = doc.stem_of(head);
    doc.cue_entries_folded(head).any(|(cue, _, base)| {
        match cue.class {
            // The same stem after the person prefix: ن for ي (`ننسحب` of `ينسحب`).
            WordClass::Present => base
                .strip_prefix('ي')
                .is_some_and(|rest| stem.strip_prefix('ن').is_some_and(|s| s.starts_with(rest))),
            // The listed form with نا after it (`بدأنا` of `بدأ`).
            WordClass::Past => stem.strip_suffix("نا").is_some_and(|s| s == base),
            _ => false,
        }
    })
}

/// `اتهم رئيس السلطة الفلسطينية محمود عباس إسرائيل`: a verb that is also the cue of a claim
/// has that claim's speaker, named after it, for its subject: the claims reader knows roles,
/// titles and the names after them.
fn speaker_after_cue(doc: &Doc, claims: &[ClaimDraft], head: &CueMatch) -> Option<Vec<usize>> {
    // One claim per speaker: `واتهمت سوريا وروسيا` made two on the one cue.
    let mut group = Vec::new();
    for claim in claims.iter().filter(|c| c.cue_token == head.first_token) {
        let Speaker::Mentions(speakers) = &claim.speaker else { return None };
        group.extend_from_slice(speakers);
    }
    let after = |m: usize| doc.first_token_of(m).is_some_and(|t| t > head.last_token);
    (!group.is_empty() && group.iter().all(|&m| after(m) && doc.is_actor(m))).then_some(group)
}

/// The speaker of the claim holding token `at`, when the speaker is named actors: who says
/// "we" (`بدأنا`، `لن ننسحب`).
fn speaker_at(doc: &Doc, claims: &[ClaimDraft], at: usize) -> Option<Vec<usize>> {
    let claim = claims.iter().rev().find(|c| c.content.contains(&at))?;
    match &claim.speaker {
        Speaker::Mentions(group)
            if group.iter().all(|&m| doc.is_actor(m) && !doc.is_media(m) && !doc.is_monitor(m)) =>
        {
            Some(group.clone())
        }
        _ => None,
    }
}

/// True when the actors found are the speaker of the claim the event is reported in: who
/// reports an act is not who did it (`ذكر المرصد … استهداف`), unless a pronoun said so (`أعلنت
/// قسد أنها سيطرت`, handled when the subject is looked for), or the claim is the actor's own
/// account (`بدأتها قوات الجيش … وفق ما جاء في بيانها`).
fn is_reporter_of(claims: &[ClaimDraft], at: usize, actor: &[usize]) -> bool {
    let claim = claims.iter().rev().find(|c| c.content.contains(&at)).filter(|c| !c.own_account);
    matches!(claim.map(|c| &c.speaker), Some(Speaker::Mentions(group)) if !actor.is_empty() && actor.iter().all(|m| group.contains(m)))
}

/// How far into what is claimed an announced act may stand (`أعلن الجيش في أواخر مايو
/// قصف`), in tokens.
const ANNOUNCED_REACH: usize = 5;

/// `أعلن الجيش العراقي قصف موقع`، `أعلنت قسد عن شن هجوم`: an act named right after who
/// announces it and the cue, with no complementizer, cue or other name between, is the
/// speaker's own act. The speaker must be named in the sentence (not carried on from an
/// earlier one), and a medium or a monitor only reports. Not an act inside the speaker's own
/// words in quotes (`قال الضابط: "عقب الانفجار`: a speaker quoted tells of its own acts in the
/// first person), nor one after a word of time (what it dates is the news).
/// Copulas a denial puts between its complementizer and the act it denies (folded):
/// `نفت روسيا أن تكون قد قصفت`.
const DENIED_BEING: &[&str] = &["تكون", "يكون", "تكونا", "يكونوا"];

/// `نفت روسيا أن تكون قد قصفت المستشفى`، `ونفى أن يكون قد أمر بالهجوم`: an act right after
/// `أن تكون (قد)` in a denial, with no subject of its own between, is the one the denier is
/// said to have done: the speaker, named in the sentence, is its doer.
fn denier_of(doc: &Doc, claims: &[ClaimDraft], head: &CueMatch) -> Option<Vec<usize>> {
    let at = head.first_token;
    let past_particle = at.checked_sub(1).filter(|&t| doc.key(t) == "قد").unwrap_or(at);
    let copula = past_particle.checked_sub(1).filter(|&t| DENIED_BEING.contains(&doc.key(t)))?;
    let complementizer = copula.checked_sub(1).filter(|&t| matches!(doc.key(t), "ان" | "بان"))?;
    let claim = claims.iter().rev().find(|c| c.content.contains(&at) && c.kind == "deny")?;
    let Speaker::Mentions(group) = &claim.speaker else { return None };
    let speaker_last = group.iter().filter_map(|&m| doc.last_token_of(m)).max()?;
    let same_sentence = doc.sentence_of(speaker_last) == doc.sentence_of(at);
    let next_to_claim = speaker_last.max(claim.cue_token) < complementizer;
    let acts = group.iter().all(|&m| (doc.is_actor(m) || doc.stands_for_state(m)) && !doc.is_media(m));
    (same_sentence && next_to_claim && acts).then(|| group.clone())
}

fn announcer_of(doc: &Doc, claims: &[ClaimDraft], head: &CueMatch) -> Option<Vec<usize>> {
    let at = head.first_token;
    let claim = claims.iter().rev().find(|c| c.content.contains(&at))?;
    let Speaker::Mentions(group) = &claim.speaker else { return None };
    let speaker_last = group.iter().filter_map(|&m| doc.last_token_of(m)).max()?;
    let cue = doc.cue_match_at(claim.cue_token)?;
    // `وبحسب الجيش الإسرائيلي، سقط صاروخ`، `وفقا لبيان للإدارة`: a source named after an
    // attribution only reports; an announcer speaks (`أعلن`، `معلنا`، `إعلان داعش دخوله`).
    let spoken =
        doc.cue_entries(cue).any(|c| !matches!(c.role, CueRole::Claim { speaker: SpeakerAt::After, .. }));
    // `ووصف ترامب الهجوم بأنه وحشي`: a judge of the act it names did not do it.
    let judged = doc.cue_entries_folded(cue).any(|(_, form, _)| OPINION_VERBS.contains(&form));
    if !spoken || judged {
        return None;
    }
    // `قال إنه أبلغ البعثة بمكان دفن ضحايا الهجوم`: a cue whose subject is the pronoun on
    // the complementizer before it tells what the speaker did, not an act he announced.
    if crate::grammar::is_pronoun_complementizer(doc.key(cue.first_token.wrapping_sub(1))) {
        return None;
    }
    let cue_last = cue.last_token;
    let from = speaker_last.max(cue_last) + 1;
    let admitted = |t: usize| (t + 1..=at).any(|later| is_responsibility(doc, later));
    // A trailing `وفق بيان للجيش` attributes the sentence before it, not an act it announced.
    let close = claim.cue_token < at
        && speaker_last < at
        && doc.sentence_of(speaker_last) == doc.sentence_of(at)
        && at.saturating_sub(from) <= ANNOUNCED_REACH;
    let clear = (from..at).all(|t| {
        !crate::grammar::is_complementizer(doc.key(t))
            && doc.mention_at(t).is_none_or(|m| !doc.is_actor(m) && !doc.stands_for_state(m))
            // `أعلن التنظيم مسؤوليته عن الهجوم`: one's responsibility names the act announced,
            // and `في بيان` before it where it was announced.
            && (doc.cue_at(t).is_none() || is_responsibility(doc, t) || (is_statement_said_in(doc, t) && admitted(t)))
            && !opens_direct_speech(doc, t, at)
    });
    let dated_by = at.checked_sub(1).is_some_and(|t| {
        let key = doc.key(t);
        crate::grammar::is_time_link(key.strip_prefix('و').unwrap_or(key))
    });
    let acts = group
        .iter()
        .all(|&m| (doc.is_actor(m) || doc.stands_for_state(m)) && !doc.is_media(m) && !doc.is_monitor(m));
    (close && clear && acts && !dated_by).then(|| group.clone())
}

/// `أعلن تنظيم داعش في بيان مسؤوليته`: a statement noun after في is where something was
/// said, no act of its own.
fn is_statement_said_in(doc: &Doc, at: usize) -> bool {
    let statement = |cue: &CueMatch| {
        crate::claims::claim_role(doc, cue).is_some_and(|(_, speaker, _)| speaker == SpeakerAt::Owner)
    };
    at > 0 && doc.key(at - 1) == "في" && doc.cue_match_at(at).is_some_and(statement)
}

/// Whether the quotation mark at `at` opens words quoted before the act at `act`: not one
/// that wraps a name, nor one right before the act's own word (`أعلنت الحكومة "دحر"
/// التنظيم`: the announcement's words).
fn opens_direct_speech(doc: &Doc, at: usize, act: usize) -> bool {
    doc.quotes_only(at) && !doc.wraps_a_name(at) && at + 1 < act
}

/// An "attack" by a person or a political body on a person or a political body (`هاجم الوزير
/// نتنياهو`، `يشن جنبلاط هجوما على النظام السوري`), one an adjective of speech qualifies
/// (`شن هجوما لاذعا على ألمانيا`, [`crate::background::is_attack_in_words`]) or one launched
/// in a text (`شنت اللجنة في تقرير هجوما`) is in words: criticism, not violence.
fn is_verbal_attack(doc: &Doc, trigger: &Trigger, actor: &[usize], target: &[usize]) -> bool {
    let speaker_like =
        |m: &usize| matches!(doc.actor_type(*m), Some("person" | "party" | "government" | "media"));
    let between_speakers = || {
        !actor.is_empty()
            && actor.iter().all(speaker_like)
            && !target.is_empty()
            && target
                .iter()
                .all(|m| doc.is_person(*m) || matches!(doc.actor_type(*m), Some("party" | "government")))
    };
    let in_words =
        || trigger.class == WordClass::Noun && crate::background::is_attack_in_words(doc, trigger.found);
    trigger.event_type == "ASSAULT"
        && trigger.mode == "attack"
        && (between_speakers() || in_words() || is_launched_in_a_text(doc, trigger))
}

/// `شنت اللجنة الدولية في تقرير هجوما على الحكومة`: a text named between a support verb and
/// its attack noun (`في تقرير`، `في مقال`، `في كلمة`) is where the attack was made.
fn is_launched_in_a_text(doc: &Doc, trigger: &Trigger) -> bool {
    let at = trigger.found.first_token;
    // A support verb the text parts from its noun (`شنت المنظمة في تقرير لها هجوما`) is
    // looked for no further than a few words back.
    let from = match trigger.support {
        Some((verb, Support::Light)) => verb.last_token + 1,
        Some(_) => return false,
        None => doc.clause_of(at).start.max(at.saturating_sub(TEXT_REACH)),
    };
    (from..at).any(|t| doc.key(t) == "في" && crate::grammar::is_text_word(doc.key(t + 1)))
}

/// How many words before an attack noun with no support verb a text may be named (`في
/// تقرير لها هجوما`).
const TEXT_REACH: usize = 4;

/// True when a trigger of another type stands right before the noun (within two words), so
/// the noun is the object or topic of that act (`أدان الهجوم`، `التحقيق في اغتيال`).
fn is_object_of_other_act(doc: &Doc, trigger: &Trigger) -> bool {
    let at = trigger.found.first_token;
    // `أعلن التنظيم مسؤوليته عن الهجوم`: the act one is responsible for is one's own.
    doc.cues_in(at.saturating_sub(2)..at).iter().any(|other| {
        other.last_token < at
            && !is_responsibility(doc, other.first_token)
            && act_type_of(doc, other).is_some_and(|t| t != trigger.event_type)
    })
}

/// `ويتهم أردوغان بتقييد الصحافة`: whether `named`, found as the subject of a verb of
/// accusing, is the only side named after it before what it is accused of (see
/// [`charge_follows`]).
fn accused_named_after_verb(doc: &Doc, trigger: &Trigger, named: &[usize]) -> bool {
    let found = trigger.found;
    let after_verb =
        named.iter().filter_map(|&m| doc.first_token_of(m)).all(|first| first > found.last_token);
    let last = named.iter().filter_map(|&m| doc.last_token_of(m)).max();
    trigger.support.is_none() && after_verb && last.is_some_and(|last| charge_follows(doc, found, last))
}

/// `ويتهم أردوغان بتقييد الصحافة`، `واتهم روبرت كروسلاند رسمياً بالتعامل`: whether the side
/// named after اتهم / يتهم in `found`, ending at token `last`, is followed by what it is accused
/// of (ب): then it is the only side named and the accused, the verb passive or its subject
/// dropped (an accuser names the accused too: `اتهمت بريطانيا روسيا بـ`). So is the genitive of
/// the verbal noun (`اتهام الخوذ البيضاء بتلفيق`: the accusation is made against them), and of
/// its plural after ل. Not when the verb carries the accused as a pronoun (`التي تتهمها تركيا
/// بـ`: Turkey accuses).
pub(crate) fn charge_follows(doc: &Doc, found: &CueMatch, last: usize) -> bool {
    // The position first: every claim's speaker after its cue is asked.
    if last <= found.last_token {
        return false;
    }
    // The plural's bare genitive is whose they are (`اتهامات ترامب بتدخل الصين`); the accused
    // takes ل (`اتهامات للحوثيين بالتلاعب`).
    let to_the_accused = || doc.key(found.last_token + 1).starts_with('ل');
    let accuses = doc.cue_entries(found).any(|cue| match cue.form.as_str() {
        "اتهم" | "يتهم" | "اتهام" => true,
        "اتهامات" => to_the_accused(),
        _ => false,
    });
    if !accuses || carries_object_pronoun(doc, found) {
        return false;
    }
    let after = last + 1 + usize::from(is_adverb_at(doc, last + 1));
    let key = doc.key(after);
    key.starts_with('ب') && !NOT_GLUED_BA.contains(&key) && doc.mention_at(after).is_none()
}

/// Words starting with ب that is no glued preposition of a charge (folded): `اتهم الوزير بعض
/// المهاجرين`.
const NOT_GLUED_BA: &[&str] = &["بعض", "بين", "بعد", "بينما", "بسبب", "بدوره", "بدورها"];

/// An adverb in the accusative at token `at` (`رسمياً`، `علناً`), written with its tanween.
pub(crate) fn is_adverb_at(doc: &Doc, at: usize) -> bool {
    doc.mention_at(at).is_none() && crate::args::is_adverb(doc.raw(at))
}

/// Words that break what follows them (folded): `كسر للحصار`، `يفك الجيش الحصار`.
const BREAKING_WORDS: &[&str] = &["كسر", "كسرت", "يكسر", "فك", "فكت", "يفك"];

/// `ما حققه الجيش من كسر للحصار`، `قبل أن يفك الجيش الحصار`، `وافقت إيران على الحد من
/// برنامجها مقابل تخفيف العقوبات`: a noun right after a word that breaks it (past the name of
/// who breaks it), or after مقابل (in return), is not the act of the subject before: the one
/// who breaks a siege did not lay it, and what is given in return is most often the other
/// side's. (Ending or lifting is left out: a ban is mostly lifted by the side that laid it.)
fn is_broken_or_given_in_return(doc: &Doc, trigger: &Trigger) -> bool {
    let Some(before) = trigger.found.first_token.checked_sub(1) else { return false };
    if doc.key(before) == "مقابل" {
        return true;
    }
    let word = match doc.mention_at(before) {
        Some(breaker) => doc.first_token_of(breaker).and_then(|first| first.checked_sub(1)),
        None => Some(before),
    };
    word.is_some_and(|at| {
        let key = doc.key(at);
        let bare = key.strip_prefix(['و', 'ف']).filter(|rest| BREAKING_WORDS.contains(rest));
        BREAKING_WORDS.contains(&key) || bare.is_some()
    })
}

/// The subject of a verbal trigger: after the verb, else before it in the sentence, else —
/// after a complementizer with a pronoun (`أعلنت قسد أنها سيطرت`) — the claim's speaker.
fn verb_subject(
    doc: &Doc,
    trigger: &Trigger,
    head: &CueMatch,
    sentence: std::ops::Range<usize>,
    claims: &[ClaimDraft],
) -> Vec<usize> {
    // After a relative pronoun (`الضربات التي استهدفت قسد`) the subject is what the clause
    // is about, before it; the name after the verb is its object.
    // Unless the verb carries the object as a pronoun (`الذين تدعمهم واشنطن`): then what the
    // clause is about is that object, and the name after the verb is its subject.
    let relative = head.first_token.checked_sub(1).is_some_and(|t| is_relative_pronoun(doc.key(t)))
        && !carries_object_pronoun(doc, head);
    // `بعد أيام من الهجوم الذي استهدف سكريبال`: what the clause is about is an act; the
    // verb says what the act did, and its doer is the act's, not the sentence's subject.
    let act_before = || head.first_token.checked_sub(2).and_then(|at| act_noun_ending_at(doc, at));
    if (relative && act_before().is_some_and(|act| is_known_act(doc, act)))
        || follows_those_who(doc, head)
        || describes_an_act(doc, head)
    {
        return Vec::new();
    }
    // `فرضت الولايات المتحدة عقوبات`: the name inside a split phrase is its subject, whatever
    // stands before the verb.
    if let Some(named) = split_subject(doc, head) {
        return named;
    }
    // `وكانت دمشق اتهمت التحالف`: a name right before the verb is its subject (SVO).
    if let Some(group) = crate::args::subject_right_before(doc, head.first_token).filter(|_| !relative) {
        return subject_kept_by_conjoined_verb(doc, head, group, sentence.start);
    }
    // `وأكدت روسيا وإيران أنهما تؤيدان النظام`: after a complementizer carrying a pronoun
    // the pronoun is the subject; the name after the verb is its object.
    // Not a pronoun of the other gender (`إنه قتلت قوات النظام`: "it is that …").
    let agrees = |pronoun: &str| match pronoun.strip_prefix('ب').unwrap_or(pronoun) {
        "انه" => !is_feminine_verb(doc, head),
        "انها" => is_feminine_verb(doc, head),
        _ => true,
    };
    let relative = relative
        || (doc.may_be_verb(head)
            && pronoun_complementizer_before(doc, head.first_token).is_some_and(agrees));
    if let Some(state) = state_subject_after(doc, head).filter(|_| !relative) {
        return vec![state];
    }
    if let Some(speaker) = speaker_after_cue(doc, claims, head).filter(|_| !relative) {
        return speaker;
    }
    if !relative {
        let end = cause_with_its_own_doer(doc, head.last_token + 1, sentence.end).unwrap_or(sentence.end);
        if let Some(group) = subject_after(doc, head.last_token, end) {
            return group;
        }
    }
    // `أدان الأمين العام للأمم المتحدة الهجوم`: an office right after the verb that names its
    // body acts, by its holder or by the body — not where force is used, mostly passive there
    // (`قتل قائد داعش`), nor after a verb of "we" (`التقينا وزير الخارجية`: the object).
    let office_holder = || {
        let force = matches!(trigger.event_type, "ASSAULT" | "COERCE");
        let limit = doc.clause_of(head.last_token + 1).end;
        (!force && !is_first_person_plural(doc, head))
            .then(|| crate::args::office_of_named_body(doc, head.last_token + 1, limit))
            .flatten()
    };
    if let Some(side) = office_holder().filter(|_| !relative) {
        return crate::args::coordinated(doc, side);
    }
    // `أغارت طائرات حربية عراقية`: forces named by their state's nationality act for it.
    if let Some(state) = subject_by_nationality(doc, trigger, head, claims).filter(|_| !relative) {
        return vec![state];
    }
    if let Some(owner) = owner_of_forces(doc, trigger, head, claims).filter(|_| !relative) {
        return owner;
    }
    // `ميليشيات الحوثي، التي تشن`، `المليشيات الشيعية التي تقاتل`: the noun the relative
    // pronoun follows, named or not.
    if let Some(antecedent) = relative_antecedent(doc, trigger, head).filter(|_| relative) {
        return antecedent;
    }
    // `أطلقت هذه المجموعة النار`: the words inside a split phrase are its subject, unnamed;
    // so is `جنود` in `استهدفه جنود الاحتلال`; and after a relative pronoun a verb with an
    // object pronoun has the noun before it for object and its subject after it, named or
    // not (`البرنامج النووي الذي ينتقده الرئيس`): never one further back.
    if doc.split_rest(head.first_token).is_some()
        || has_unnamed_doer(doc, head)
        || has_subject_after_relative(doc, head)
    {
        return Vec::new();
    }
    match subject_before(doc, head.first_token, sentence.start) {
        Before::Actors(group) => group,
        Before::Pronoun => claims
            .iter()
            .rev()
            .find(|c| c.content.contains(&head.first_token))
            .and_then(|c| match &c.speaker {
                Speaker::Mentions(group) if group.iter().all(|&m| doc.is_actor(m)) => Some(group.clone()),
                _ => None,
            })
            .unwrap_or_default(),
        Before::None => Vec::new(),
    }
}

/// Plurals of unnamed sides (folded, without the article) that a relative pronoun may follow:
/// the clause's subject is then someone the lexicon does not name.
const UNNAMED_SIDES: &[&str] = &[
    "ميليشيات",
    "مليشيات",
    "فصايل",
    "جماعات",
    "مجموعات",
    "تنظيمات",
    "دول",
    "قوي",
    "مسلحين",
    "مسلحون",
    "متمردين",
    "متمردون",
];

/// How many adjectives may stand between a relative pronoun's antecedent and the pronoun
/// (`ميليشيات الحوثي الانقلابية التي`).
const ANTECEDENT_ADJECTIVES: usize = 2;

/// The subject of a verb right after a relative pronoun: the side named right before the
/// pronoun (past a comma and nisba adjectives), also after `ضد` (`ضد ميليشيات الحوثي، التي
/// تشن`), or nobody named when a plural of forces or groups stands there (`المليشيات الشيعية
/// التي تقاتل`); `None` when anything else does, left to the look back. A city is where
/// something is (`كييف التي تستضيف`), and a trigger carrying a pronoun has the antecedent
/// for its object (`برلين التي يقوم بزيارتها`).
fn relative_antecedent(doc: &Doc, trigger: &Trigger, head: &CueMatch) -> Option<Vec<usize>> {
    let pronoun = head.first_token.checked_sub(1).filter(|&t| is_relative_pronoun(doc.key(t)))?;
    if noun_carries_pronoun(doc, trigger.found) {
        return None;
    }
    let mut at = pronoun.checked_sub(1)?;
    if doc.is_comma(at) {
        at = at.checked_sub(1)?;
    }
    for _ in 0..=ANTECEDENT_ADJECTIVES {
        if let Some(mention) = doc.mention_at(at) {
            let side = doc.is_actor(mention) || doc.is_country(mention);
            let before = doc.first_token_of(mention).and_then(|first| first.checked_sub(1));
            let opposed = before.is_some_and(|t| doc.key(t) == "ضد");
            let subject = side && (opposed || !doc.after_preposition(mention));
            return subject.then(|| crate::args::coordinated(doc, mention));
        }
        let key = doc.key(at);
        let unjoined = key.strip_prefix('و').filter(|rest| rest.starts_with("ال")).unwrap_or(key);
        let bare = unjoined.strip_prefix("ال").unwrap_or(unjoined);
        if crate::grammar::is_force_head(bare) || UNNAMED_SIDES.contains(&bare) {
            return Some(Vec::new());
        }
        let nisba = key.starts_with("ال") && (key.ends_with('ي') || key.ends_with("يه"));
        if !nisba {
            return None;
        }
        at = at.checked_sub(1)?;
    }
    None
}

/// `البرنامج النووي الذي ينتقده الرئيس`، `المواقع التي هددها بناء السد`: after a relative
/// pronoun, a verb with an object pronoun has the noun before it for object and its subject,
/// unnamed, right after it.
fn has_subject_after_relative(doc: &Doc, head: &CueMatch) -> bool {
    head.first_token.checked_sub(1).is_some_and(|t| is_relative_pronoun(doc.key(t)))
        && carries_object_pronoun(doc, head)
        && unnamed_subject_after(doc, head)
}

/// `عن هجمات تستهدف قوات الأمن`، `غارات استهدفت مواقع التنظيم`: a verb right after an
/// indefinite noun of an act of force is a relative clause without its pronoun, and the act
/// is its subject, unnamed; the name after the verb is its object. Not a verb carrying its
/// object as a pronoun (`هجوم شنه مسلحون`: its subject follows), nor a verb of saying.
fn describes_an_act(doc: &Doc, head: &CueMatch) -> bool {
    let act = head.first_token.checked_sub(1).and_then(|at| act_noun_ending_at(doc, at));
    let indefinite =
        act.is_some_and(|act| !act.proclitics.article && !doc.key(act.first_token).starts_with("ال"));
    // A verb of saying has a subject of its own (`في اعتداء اتهمت بريطانيا روسيا به`).
    // A verb after و or ف opens a clause of its own (`معارك ونجح خلالها الجيش`).
    indefinite
        && !head.proclitics.conjunction
        && !carries_object_pronoun(doc, head)
        && crate::claims::claim_role(doc, head).is_none()
}

/// The noun naming an act of force that ends at token `at` (`الهجوم`، `الغارات الجوية`).
fn act_noun_ending_at<'d>(doc: &'d Doc, at: usize) -> Option<&'d CueMatch> {
    doc.cue_match_at(at).filter(|found| found.last_token == at && names_act_of_force(doc, found))
}

/// Whether a match may be the noun of an act of force (`الهجوم`، `غارة`، `انفجار`).
fn names_act_of_force(doc: &Doc, found: &CueMatch) -> bool {
    doc.cue_entries(found).any(|cue| {
        cue.class == WordClass::Noun && matches!(cue.role, CueRole::Trigger { event_type: "ASSAULT", .. })
    })
}

/// `بعد أيام من الهجوم الذي استهدف سكريبال`، `قبل ساعات من الهجوم على السفارة`: an act that
/// dates what the sentence tells, picked out by what it did (a relative clause or على after
/// it), is an act known from before, not one of the sentence's subject (`سيطرت قسد على
/// البلدة بعد أسابيع من القتال` is).
fn is_known_act(doc: &Doc, act: &CueMatch) -> bool {
    let at = act.first_token;
    let dated = at.checked_sub(1).is_some_and(|min| doc.key(min) == "من" && dated_after_or_before(doc, min));
    let next = doc.key(act.last_token + 1);
    dated && (is_relative_pronoun(next) || matches!(next, "علي" | "ضد"))
}

/// Words after a verb that are no subject: time words and pronouns (`التي احتلتها مؤخرا`،
/// `الذي أبرمته عام 2015`: the subject is the verb's own pronoun).
const NO_SUBJECT_WORDS: &[&str] =
    &["قبل", "بعد", "منذ", "خلال", "عام", "يوم", "امس", "اليوم", "هو", "هي", "هم"];

/// Whether a noun no mention covers stands right after the verb, in its sentence, where a
/// subject does (`الذي ينتقده الرئيس`): not a preposition (`التي اتهمها بالانحياز`), a time
/// word, an adverb in the accusative (`مؤخرا`) or punctuation (then the subject is the verb's
/// own pronoun).
fn unnamed_subject_after(doc: &Doc, head: &CueMatch) -> bool {
    let next = head.last_token + 1;
    let key = doc.key(next);
    doc.sentence_of(next) == doc.sentence_of(head.first_token)
        && doc.mention_at(next).is_none()
        && key.chars().next().is_some_and(marsad_text::token::is_arabic_letter)
        && !key.ends_with('ا')
        && !crate::grammar::is_preposition(key)
        && !NO_SUBJECT_WORDS.contains(&key)
        && !crate::args::carries_glued_preposition(doc, next)
}

/// `وأعلن الجيش أن قواته قتلت`، `قالت الحركة إن مقاتليها هاجموا`: forces named by a pronoun
/// for their owner, the speaker, doing an act of force. Not a man's forces that are "hers"
/// (`وقال الأمير زيد إن قواتها قتلت`), nor forces that underwent the act (a passive).
fn owner_of_forces(
    doc: &Doc,
    trigger: &Trigger,
    head: &CueMatch,
    claims: &[ClaimDraft],
) -> Option<Vec<usize>> {
    let feminine = crate::args::owned_forces_subject(doc, head.first_token)?;
    let active = || !is_passive(doc, head, doc.clause_of(head.first_token).end);
    let owner = speaker_at(doc, claims, head.first_token)?;
    let agrees = !(feminine && owner.iter().any(|&m| doc.is_person(m)));
    (FORCE_TYPES.contains(&trigger.event_type) && agrees && active()).then_some(owner)
}

/// The state whose forces, named by nationality right after the verb, are its subject
/// (`أغارت طائرات حربية عراقية`), by [`crate::args::forces_by_nationality`]. Not for killing and
/// wounding, whose verb is spelled the same in the passive (`قتل جنود أمريكيون`, American
/// soldiers were killed); and not the speaker who reports the act (`وفق بيان لقيادة العمليات`).
fn subject_by_nationality(
    doc: &Doc,
    trigger: &Trigger,
    head: &CueMatch,
    claims: &[ClaimDraft],
) -> Option<usize> {
    if VICTIM_MODES.contains(&trigger.mode) {
        return None;
    }
    // The claim is looked up only for a state's mention found, not for every verb.
    crate::args::forces_by_nationality(doc, head, |m| reports_the_act(doc, claims, head.first_token, m))
}

/// Whether mention `m` is the speaker of the claim whose words hold token `act`: the body
/// that reports an act (`وفق بيان لقيادة العمليات المشتركة`) is not by that its doer.
fn reports_the_act(doc: &Doc, claims: &[ClaimDraft], act: usize, m: usize) -> bool {
    let claim = claims.iter().rev().find(|c| c.content.contains(&act));
    claim.is_some_and(
        |c| matches!(&c.speaker, Speaker::Mentions(group) if group.iter().any(|&s| doc.same_entity(s, m))),
    )
}

/// The actor, or the state, named between the verb of a split phrase and the phrase's
/// other words: the only thing that may stand there is the subject.
fn split_subject(doc: &Doc, head: &CueMatch) -> Option<Vec<usize>> {
    let rest = doc.split_rest(head.first_token)?;
    let mention = doc.mention_at(head.last_token + 1)?;
    let whole = doc.first_token_of(mention) == Some(head.last_token + 1)
        && doc.last_token_of(mention).map(|last| last + 1) == Some(rest.start);
    (whole && (doc.is_actor(mention) || doc.stands_for_state(mention))).then(|| vec![mention])
}

/// How many words after the one killed the means or the agent of a passive killing may stand
/// (`قتل القيادي الحوثي، حسن الوشلي، المكنى أبو مجد، بغارة`).
const KILLED_BY_REACH: usize = 12;

/// `قتل القيادي الحوثي حسن الوشلي بغارة للتحالف`، `قتل الزعيم الليبي معمر القذافي على أيدي
/// مسلحين`: a verb of killing spelled alike in both voices, with a person named after it and
/// then the means (an act of force after ب, في, إثر or جراء) or an agent marker, is a
/// passive: the person was killed. A person killing with an air strike is not how a report
/// tells it.
fn killed_by_what_follows(doc: &Doc, trigger: &Trigger, subject: &[usize], sentence_end: usize) -> bool {
    let Some(person) = person_alone_after_verb(doc, trigger, subject) else { return false };
    if !KILLING_MODES.contains(&trigger.mode) {
        return false;
    }
    // A count after the person is the verb's object (`وقتل رضوان لقديم 4 أشخاص في هجوم`): active.
    let from = doc.last_token_of(person).map_or(sentence_end, |last| last + 1);
    (from..(from + KILLED_BY_REACH).min(sentence_end))
        .take_while(|&at| !doc.counts_at(at))
        .any(|at| marks_agent(doc, at, is_agent_marker) || names_means_of_killing(doc, at))
}

/// The subject of a verb with no support verb when it is one person named after the verb: who
/// may have suffered the act, its voice unwritten (`قتل القيادي حسن الوشلي`، `واعتقل فايد`).
fn person_alone_after_verb(doc: &Doc, trigger: &Trigger, subject: &[usize]) -> Option<usize> {
    let [person] = subject else { return None };
    let named_after = doc.first_token_of(*person).is_some_and(|first| first > trigger.found.last_token);
    (trigger.support.is_none() && doc.is_person(*person) && named_after).then_some(*person)
}

/// `احتجاز السلطات التركية القس الأميركي`، `اعتقال قوات الأمن لمتظاهرين`: a government or a
/// state's forces named right after a noun of arrest make the arrest; they are not the ones
/// held, as another genitive of the noun is (`اعتقال الصحفي`).
fn arrests_by_authority(doc: &Doc, trigger: &Trigger, named: usize) -> bool {
    trigger.mode == "arrest"
        && doc.actor_type(named).is_some_and(|t| matches!(t, "government" | "state_military"))
}

/// `واعتقل فايد لأول مرة عام 1998 بتهمة السطو`، `وسجن أنور إبراهيم`: a verb of arrest spelled
/// alike in both voices with a person named after it and no other side after that in its
/// clause is a passive: the person was arrested (one person arresting another is told with
/// the other named: `اعتقل الضابط المتظاهرين`). Not `أوقف`, "stopped" as often as "arrested",
/// whose object need be no side (`أوقف الرئيس ترامب فصل الأسر`).
fn arrested_alone(doc: &Doc, trigger: &Trigger, subject: &[usize], clause_end: usize) -> bool {
    let Some(person) = person_alone_after_verb(doc, trigger, subject) else { return false };
    if trigger.mode != "arrest" || bare_stem(doc, trigger.found).contains("وقف") {
        return false;
    }
    let from = doc.last_token_of(person).map_or(clause_end, |last| last + 1);
    !(from..clause_end).any(|at| {
        doc.counts_at(at) || doc.mention_at(at).is_some_and(|m| doc.is_actor(m) || doc.stands_for_state(m))
    })
}

/// Whether an act of force is named at token `at` as the means or the cause of a death:
/// glued to ب (`بغارة`) or after في, إثر or جراء (`في قصف`).
fn names_means_of_killing(doc: &Doc, at: usize) -> bool {
    let Some(found) = doc.cue_match_at(at).filter(|found| found.first_token == at) else { return false };
    let led = doc.has_glued_preposition(found, 'ب')
        || at.checked_sub(1).is_some_and(|before| matches!(doc.key(before), "في" | "اثر" | "جراء"));
    led && doc.cue_entries(found).any(|cue| {
        cue.class == WordClass::Noun && matches!(cue.role, CueRole::Trigger { event_type: "ASSAULT", .. })
    })
}

/// `هاجم تنظيم داعش الجيش السوري وقتل عددا من عناصره`: a verb joined by و or ف right after
/// the object of the verb before it keeps that verb's subject; the name right before it,
/// `group`, is that object, not its subject. (Farther back, past other words, the name may as
/// well be the doer of a verbal noun: `اتهم ترامب الحرس الثوري بإفقار الشعب وقمع`.)
fn subject_kept_by_conjoined_verb(
    doc: &Doc,
    head: &CueMatch,
    group: Vec<usize>,
    sentence_start: usize,
) -> Vec<usize> {
    if !head.proclitics.conjunction {
        return group;
    }
    if let Some(subject) = group.first().and_then(|&m| crate::args::subject_before_object(doc, m)) {
        return coordinated(doc, subject);
    }
    group.first().and_then(|&m| subject_of_verb_before(doc, m, sentence_start)).unwrap_or(group)
}

/// How far back from a name the verb whose phrase it may end is looked for.
const CONJOINED_VERB_REACH: usize = 14;

/// `والتقى بستيفن بانون وجاريد كوشنر ومستشار الأمن القومي، مايكل فلين وبحث معهم`: the
/// subject of the verb before `mention` in its clause when `mention` is not that verb's
/// subject but a name in its phrase (an object, a conjunct after a preposition): the verb
/// joined by و after the name shares it. `None` when there is no such verb before, when
/// `mention` is its subject (`وصل وزير الخارجية سيرغي لافروف وبحث`), or when its subject is
/// not named (`دخلت قوات تابعة للتنظيم المعروف باسم داعش وصادرت`: the name may be it).
fn subject_of_verb_before(doc: &Doc, mention: usize, sentence_start: usize) -> Option<Vec<usize>> {
    let first = doc.first_token_of(mention)?;
    let floor = sentence_start.max(first.saturating_sub(CONJOINED_VERB_REACH));
    let verb = (floor..first).rev().take_while(|&at| !is_clause_boundary(doc, at)).find_map(|at| {
        doc.cue_match_at(at).filter(|found| {
            found.last_token < first
                && doc.cue_entries(found).any(|cue| matches!(cue.class, WordClass::Past | WordClass::Present))
        })
    })?;
    let its_subject = subject_after(doc, verb.last_token, first + 1).or_else(|| {
        match subject_before(doc, verb.first_token, sentence_start) {
            Before::Actors(group) => Some(group),
            _ => None,
        }
    })?;
    let is_its_own = its_subject.iter().any(|&m| doc.same_entity(m, mention));
    (!is_its_own).then_some(its_subject)
}

/// A complementizer or a reporting cue at token `at`: what comes after it is a clause of its
/// own, with its own subject.
fn is_clause_boundary(doc: &Doc, at: usize) -> bool {
    crate::grammar::is_complementizer(doc.key(at)) || crate::args::is_reporting_cue(doc, at)
}

/// A country or a capital right after a verb in the feminine (`نفذت الولايات المتحدة`،
/// `وتشارك فرنسا`) is its subject: a state agrees as a feminine noun, while a place the verb
/// goes to or strikes follows a masculine verb with its own subject (`زار موسكو`). A
/// preposition carrying a pronoun may stand between (`ووجهت له الولايات المتحدة اتهامات`).
fn state_subject_after(doc: &Doc, head: &CueMatch) -> Option<usize> {
    let after = head.last_token + 1;
    let next = after + usize::from(crate::grammar::is_pronoun_preposition(doc.key(after)));
    let mention = doc.mention_at(next).filter(|&m| doc.first_token_of(m) == Some(next))?;
    let state = doc.stands_for_state(mention) && doc.glued_preposition(mention).is_none();
    (state && is_feminine_verb(doc, head)).then_some(mention)
}

/// True when the verb of a match is inflected for a feminine subject: a past form ending in
/// ت where its listed form does not, or a present form starting with ت where it starts with ي.
pub(crate) fn is_feminine_verb(doc: &Doc, head: &CueMatch) -> bool {
    let Some(token) = doc.tokens.get(head.first_token) else { return false };
    let word = doc.text.get(head.start..token.end).unwrap_or("");
    doc.cue_entries(head).any(|cue| {
        let base = cue.form.split(' ').next().unwrap_or("");
        // `شنتها`، `ارتكبته`: the subject ending comes before an object pronoun (not `اتهم`);
        // a verb ending in a long vowel drops it there (`نفى` → `نفته`).
        let weak_stem = base.strip_suffix(['ى', 'ا']).filter(|stem| stem.chars().count() >= 2);
        let with_pronoun = || {
            OBJECT_PRONOUNS.iter().any(|p| {
                word.strip_suffix(*p).and_then(|stem| stem.strip_suffix('ت')).is_some_and(|stem| {
                    stem.ends_with(base) || weak_stem.is_some_and(|weak| stem.ends_with(weak))
                })
            })
        };
        match cue.class {
            WordClass::Past => (word.ends_with('ت') || with_pronoun()) && !base.ends_with('ت'),
            WordClass::Present => word.starts_with('ت') && base.starts_with('ي'),
            _ => false,
        }
    })
}

/// Words of time that open a clause whose verb may drop its subject (`عندما نفّذت`).
const TIME_SUBORDINATORS: &[&str] = &["عندما", "حين", "حينما", "لما", "بعدما"];

/// How far before a verb whose subject is dropped the state it speaks of may stand, in tokens.
const DROPPED_SUBJECT_REACH: usize = 12;

/// `… كانت لواشنطن بصمة واضحة في احتلاله عندما نفّذت غارات`: a feminine verb right after
/// `عندما` or `حين`, its subject dropped (no definite noun after it: `عندما رفضت الجمعية`
/// names its own), is done by the state spoken of just before it (a state agrees as a
/// feminine noun): the nearest country or capital a few words back in its sentence, after a
/// preposition or not.
fn dropped_state_subject(doc: &Doc, head: &CueMatch, sentence_start: usize) -> Option<usize> {
    let before = head.first_token.checked_sub(1)?;
    let key = doc.key(before);
    let subordinated = TIME_SUBORDINATORS.contains(&key.strip_prefix('و').unwrap_or(key));
    let next = doc.key(head.last_token + 1);
    let named_after = next.strip_prefix('و').unwrap_or(next).starts_with("ال");
    if !subordinated || named_after || !is_feminine_verb(doc, head) {
        return None;
    }
    let floor = sentence_start.max(before.saturating_sub(DROPPED_SUBJECT_REACH));
    (floor..before).rev().filter_map(|at| doc.mention_at(at)).find(|&m| doc.stands_for_state(m))
}

/// Object pronouns a verb may carry, folded (`تدعمهم`، `تقودها`، `قتله`), longest first.
const OBJECT_PRONOUNS: &[&str] = &["هما", "هم", "هن", "ها", "كم", "ه"];

/// True when a one-word noun trigger carries a pronoun its listed form does not end with
/// (`مقتله` of `مقتل`, `إصابتها` of `إصابة`, its ة written ت before the pronoun).
fn noun_carries_pronoun(doc: &Doc, found: &CueMatch) -> bool {
    noun_carries_pronoun_of(doc, found, |_| true)
}

/// [`noun_carries_pronoun`], for a noun whose listed form `keep` allows.
fn noun_carries_pronoun_of(doc: &Doc, found: &CueMatch, keep: impl Fn(&str) -> bool) -> bool {
    let stem = doc.stem_of(found);
    let body_is = |body: &str, base: &str| {
        body == base || base.strip_suffix('ه').is_some_and(|base| body.strip_suffix('ت') == Some(base))
    };
    // `ضربة` folds to `ضربه`: a word written with ة carries no pronoun.
    found.first_token == found.last_token
        && !ends_in_ta_marbuta(doc.raw(found.first_token))
        && doc.cue_entries_folded(found).any(|(cue, _, base)| {
            cue.class == WordClass::Noun
                && keep(base)
                && OBJECT_PRONOUNS
                    .iter()
                    .any(|p| stem.strip_suffix(p).is_some_and(|body| body_is(body, base)))
        })
}

/// True when the verb of a match carries an object pronoun its listed form does not end
/// with: the verb's object is then that pronoun.
pub(crate) fn carries_object_pronoun(doc: &Doc, head: &CueMatch) -> bool {
    let key = doc.key(head.first_token);
    doc.cue_entries_folded(head).any(|(cue, _, base)| {
        let verbal = matches!(cue.class, WordClass::Past | WordClass::Present);
        verbal
            && OBJECT_PRONOUNS.iter().find(|p| key.ends_with(*p)).is_some_and(|p| {
                // `شنها`: a verb of two letters (doubled root) carries one too.
                let body = base.chars().count().min(3);
                !base.ends_with(p) && key.chars().count() >= p.chars().count() + body
            })
    })
}

/// `التقدم الذي حققته في`: a verb listed with its preposition (`حقق في` investigated) that
/// carries an object pronoun is another verb of the same letters (achieved it).
fn is_transitive_reading(doc: &Doc, trigger: &Trigger) -> bool {
    let found = trigger.found;
    // The cheap tests first: this runs for every trigger, and a phrase is rare.
    let phrase_with_preposition = || {
        doc.cue_entries(found).any(|cue| {
            cue.form.split(' ').nth(1).is_some_and(|word| crate::grammar::is_preposition(&fold_key(word)))
        })
    };
    trigger.support.is_none()
        && found.first_token != found.last_token
        && carries_object_pronoun(doc, found)
        && phrase_with_preposition()
}

/// A one-word verb spelled only as a passive (`أصيب`، `اغتيل`; grammar `PASSIVE_STEMS`), or a
/// perfect written with its passive vowel (`احتُجز`، `اعتُقلت`، `أُلقي القبض`).
fn spelled_passive(doc: &Doc, found: &CueMatch) -> bool {
    let one_word =
        found.first_token == found.last_token && crate::grammar::is_passive_stem(doc.stem_of(found));
    one_word || written_passive(doc, found)
}

/// How many letters of a perfect's stem its passive vowel may follow: the first (`قُتل`،
/// `أُصيب`), or the third of a derived form (`احتُجز`، `استُهدف`).
const PASSIVE_VOWEL_REACH: usize = 3;

/// A perfect verb written with a damma on one of its first letters (`قُتل`، `احتُجزت`): the
/// vowel only the passive has there. Only perfects: an imperfect's prefix takes one in the
/// active too (`يُرسل`).
pub(crate) fn written_passive(doc: &Doc, found: &CueMatch) -> bool {
    const DAMMA: char = '\u{064F}';
    let word = doc.text.get(found.start..found.end).unwrap_or_default();
    // Most text is unvowelled: a byte search turns it away before the letters are classed.
    if !word.contains(DAMMA) {
        return false;
    }
    // `احتجز` is also read as a first-person imperfect (أحتجز); never as a noun (`حُكم`).
    let perfect = doc.cue_entries(found).any(|cue| cue.class == WordClass::Past)
        && doc.cue_entries(found).all(|cue| cue.class != WordClass::Noun);
    let mut letters = 0;
    for c in word.chars() {
        if c == DAMMA {
            return perfect;
        }
        if c.is_alphabetic() {
            letters += 1;
            if letters > PASSIVE_VOWEL_REACH {
                break;
            }
        }
    }
    false
}

/// A verb is read as passive when it is spelled only as one (`أصيب`، `اغتيل`), or when a
/// count of people follows it at once (`قتل 13 عراقيا`، `أصيب ثلاثة مدنيين`).
fn is_passive(doc: &Doc, head: &CueMatch, clause_end: usize) -> bool {
    if spelled_passive(doc, head)
        || killed_after_their_count(doc, head)
        || killed_in_an_act(doc, head)
        || released_by_no_one_named(doc, head)
    {
        return true;
    }
    // `الحشد قتلت 45 عنصرا` is active: an actor before the verb in its clause is its subject.
    let clause = doc.clause_of(head.first_token);
    let actor_before =
        (clause.start..head.first_token).any(|at| doc.mention_at(at).is_some_and(|m| doc.is_actor(m)));
    // `قرار بريطانيا طرد 23 دبلوماسيا`: envoys counted after the verb are the expelled, its
    // object; the state before it expelled them.
    let counts_envoys =
        |count: usize| doc.last_token_of(count).is_some_and(|last| is_envoy_word(doc.key(last + 1)));
    // `نفى مسؤولان من الكرملين`: two counted by a nominative dual after a verb of words or
    // relations are its subject; a passive reading is for force (`قتل جنديان`).
    let dual_subject = |count: usize| {
        let nominative =
            doc.first_token_of(count).is_some_and(|t| doc.is_dual_count(t) && doc.key(t).ends_with("ان"));
        nominative && !crate::args::verb_of_force(doc, head.last_token)
    };
    let keeps_active = |count: usize| {
        is_oblique_dual(doc, count)
            || carries_plural_subject(doc, head)
            || counts_envoys(count)
            || dual_subject(count)
    };
    !actor_before && count_after(doc, head.last_token, clause_end).is_some_and(|count| !keeps_active(count))
}

/// `سكريبال، الذي أطلق سراحه`، `وكان شكريلي قد أطلق سراحه بكفالة`: the masculine verb of
/// release right before `سراح` with its pronoun, no subject between, is the passive أُطلق:
/// the one whose release it names is its subject (active, a feminine subject is dropped:
/// `لكنها أطلقت سراحه`, and a named one splits the phrase: `أطلقت السلطات سراحه`).
fn released_by_no_one_named(doc: &Doc, head: &CueMatch) -> bool {
    let verb = doc.key(head.first_token);
    let verb = verb.strip_prefix(['و', 'ف', 'ل']).unwrap_or(verb);
    let release = doc.key(head.last_token);
    head.last_token == head.first_token + 1
        && matches!(verb, "اطلق" | "يطلق")
        && release.strip_prefix("سراح").is_some_and(|pronoun| !pronoun.is_empty())
}

/// Words that say in or by what act one was killed, right after the verb (folded).
const KILLED_IN: &[&str] = &["في", "جراء", "اثر", "خلال", "اثناء"];

/// `عماد مغنية، الذي قتل في انفجار سيارة مفخخة`، `وكان سليماني قتل في غارة`، `قتلت بقصف`: a
/// singular perfect of killing followed at once by the act it happened in (في، جراء، إثر or
/// خلال before an act's noun, or the noun after ب) has no object: it is the passive قُتل,
/// and its subject was killed. Not a verb whose subject follows it (`وقتل الحوثيون في`).
fn killed_in_an_act(doc: &Doc, head: &CueMatch) -> bool {
    // The cheap test first: the passive test asks this of every verb.
    if head.first_token != head.last_token || !matches!(doc.stem_of(head), "قتل" | "قتلت") {
        return false;
    }
    let next = head.last_token + 1;
    let in_act = (KILLED_IN.contains(&doc.key(next)) && act_noun_starting_at(doc, next + 1))
        || (doc.key(next).starts_with('ب') && act_noun_starting_at(doc, next));
    // After an unnamed antecedent (`العسكري الذي قتل في الانفجار`) the one killed is unnamed:
    // left to the verb's rules, which name nobody.
    in_act
        && doc.cue_entries(head).any(|cue| cue.class == WordClass::Past)
        && !follows_unnamed_antecedent(doc, head)
}

/// `مغنية، الذي قتل في انفجار سيارة مفخخة`، `لكنه لم يصب في الهجوم`: the act a passive
/// killing ([`killed_in_an_act`]) or a verb of harm spelled only as a passive happened in;
/// the one killed or wounded did not do it.
fn killed_in_it(doc: &Doc, trigger: &Trigger) -> bool {
    let at = trigger.found.first_token;
    let harmed = |verb: &CueMatch| spelled_passive(doc, verb) && names_harm(doc, verb);
    let killing_at =
        |t: usize| doc.cue_match_at(t).is_some_and(|verb| killed_in_an_act(doc, verb) || harmed(verb));
    let glued = at.checked_sub(1).is_some_and(killing_at);
    let after_word = at.checked_sub(1).is_some_and(|t| KILLED_IN.contains(&doc.key(t)))
        && at.checked_sub(2).is_some_and(killing_at);
    glued || after_word
}

/// Whether a cue is a verb of force against people (`أصيب`، `اغتيل`، `اختطف`).
fn names_harm(doc: &Doc, found: &CueMatch) -> bool {
    doc.cue_entries(found).any(|cue| {
        matches!(cue.class, WordClass::Past | WordClass::Present)
            && matches!(cue.role, CueRole::Trigger { event_type: "ASSAULT", .. })
    })
}

/// Whether an act of force named by a noun starts at token `at` (`غارة`، `بقصف`، `انفجار`).
fn act_noun_starting_at(doc: &Doc, at: usize) -> bool {
    doc.cue_match_at(at).is_some_and(|found| found.first_token == at && names_act_of_force(doc, found))
}

/// `أن أكثر من 40 شخصا قتلوا في هجوم`: a verb of killing or wounding right after a count of
/// people has them for its subject, and they suffered it (قُتلوا، جُرحوا): those who kill are
/// named, not counted, before the verb.
fn killed_after_their_count(doc: &Doc, head: &CueMatch) -> bool {
    let stem = doc.stem_of(head);
    let harm = ["قتل", "جرح"].iter().any(|root| stem.starts_with(root));
    let counted = head.first_token.checked_sub(1).is_some_and(|before| {
        doc.mention_at(before).is_some_and(|m| {
            matches!(doc.mentions[m].info, MentionInfo::Quantity { .. })
                && doc.last_token_of(m) == Some(before)
        })
    });
    // `بمقتل ستة أشخاص وجرح 13`: a verb (or noun) joined by و goes on from the count.
    harm && counted && !head.proclitics.conjunction
}

/// `هاجموا القرية وقتلوا 18 شخصا`، `وأنهم قتلوا 40 عنصرا`: a verb joined by و or ف to the
/// one before, or right after `أنهم`, whose own ending names its subject (they, the subject
/// carried on or the complementizer's pronoun), has the count after it for its object; a
/// passive verb's count is its subject (`قتل 18 شخصا`). Otherwise the ending may agree with
/// an unnamed subject right before (`مهاجمين مجهولين قتلوا`), left unnamed.
fn carries_plural_subject(doc: &Doc, head: &CueMatch) -> bool {
    let after_they = head.first_token.checked_sub(1).is_some_and(|t| {
        let key = doc.key(t);
        matches!(key.strip_prefix('و').unwrap_or(key), "انهم" | "بانهم")
    });
    (head.proclitics.conjunction || after_they)
        && head.first_token == head.last_token
        && doc.key(head.last_token).ends_with("وا")
}

/// `فدمرت عربتين`، `وجرح شخصين`: a dual in `-ين` (or `اثنين`) is the verb's object, in the
/// accusative, where a passive verb's subject would be nominative (`قتل جنديان`). Other counts
/// do not show their case.
fn is_oblique_dual(doc: &Doc, count: usize) -> bool {
    let two = doc
        .mentions
        .get(count)
        .is_some_and(|m| matches!(m.info, MentionInfo::Quantity { value, .. } if value == 2.0));
    two && doc.last_token_of(count).is_some_and(|last| doc.key(last).ends_with("ين"))
}

/// The quantity mention right after token `end` (past time words).
fn count_after(doc: &Doc, end: usize, clause_end: usize) -> Option<usize> {
    let mut at = end + 1;
    while at < clause_end && is_time_word(doc.key(at)) {
        at += 1;
    }
    let mention = doc.mention_at(at).filter(|&m| doc.first_token_of(m) == Some(at))?;
    matches!(doc.mentions.get(mention)?.info, MentionInfo::Quantity { .. }).then_some(mention)
}

/// The subject of a support verb right after an event noun (`غارة شنها التحالف`، `هجوم
/// نفذه التنظيم`).
fn support_subject_after(doc: &Doc, noun_end: usize, clause_end: usize) -> Vec<usize> {
    let next = noun_end + 1;
    if let Some(subject) = support_subject_at(doc, next, clause_end) {
        return subject;
    }
    // `هجوما على أحد مواقعه شنته جماعة بوكو حرام`، `قذيفة هاون أطلقتها ميليشيات الحوثي`:
    // the verb, carrying the noun's pronoun, may follow the noun's own words, with nobody
    // named between.
    let reach = (next + SUPPORT_VERB_REACH).min(clause_end);
    if let Some(verb) = support_verb_between(doc, next + 1, reach).map(|verb| verb.first_token) {
        // The verb's pronoun points back to the nearest act (`احتجاجا على حملة اعتقالات
        // تنفذها قسد`: the arrests are the SDF's, not the protest).
        let nobody_between = (next..verb).all(|at| doc.mention_at(at).is_none_or(|m| !doc.is_actor(m)))
            && !doc.cues_in(next..verb).iter().any(|found| found.first_token >= next && is_act(doc, found));
        if let Some(subject) = support_subject_at(doc, verb, clause_end).filter(|_| nobody_between) {
            return subject;
        }
    }
    // `عملية "الفجر 3" التي بدأتها قوات الجيش`: past the operation's quoted name, a relative
    // pronoun and the support verb; the relative clause runs on to the sentence's end.
    let sentence_end = doc.sentence_end_of(noun_end);
    (next..(next + RELATIVE_REACH).min(sentence_end))
        .take_while(|&at| doc.mention_at(at).is_none_or(|m| !doc.is_actor(m)))
        .find(|&at| is_relative_pronoun(doc.key(at)))
        .and_then(|at| support_subject_at(doc, at + 1, sentence_end))
        .unwrap_or_default()
}

/// `قتل جندي سوري في غارة شنها التحالف الدولي على موقع عسكري`، `قتلوا بغارات نفذتها
/// طائرات التحالف`، `قتل ثلاثة في قصف لقوات النظام على بلدة`: an act named as the cause of
/// harm, with a support verb after it or its doer's name right after it, has a doer of its
/// own; the harm's target is looked for before the verb or the act, whose first token is
/// returned. An act that is the object (`تصدت لهجوم شنته طالبان`) is no cause: the one who
/// launched it is what is repelled.
fn cause_with_its_own_doer(doc: &Doc, from: usize, to: usize) -> Option<usize> {
    let named_as_cause = |found: &CueMatch| {
        found.first_token >= from
            && is_act(doc, found)
            && (doc.has_glued_preposition(found, 'ب')
                || found.first_token.checked_sub(1).is_some_and(|t| is_word_of_cause(doc.key(t))))
    };
    if let Some(verb) = support_verb_between(doc, from, to) {
        if doc.cues_in(from..verb.first_token).iter().any(named_as_cause) {
            return Some(verb.first_token);
        }
    }
    doc.cues_in(from..to)
        .iter()
        .find(|found| named_as_cause(found) && doer_named_after(doc, found))
        .map(|found| found.first_token)
}

/// `قصف لقوات النظام`، `غارة للتحالف`: an act noun with its doer named right after it, bare or
/// after ل; not a noun of harm, whose name after it is the one harmed (`مقتل قائد`).
fn doer_named_after(doc: &Doc, found: &CueMatch) -> bool {
    let harm = doc.role_of(found, |role| match role {
        CueRole::Trigger { mode, .. } => Some(VICTIM_MODES.contains(mode)),
        _ => None,
    });
    harm == Some(false) && name_after_noun(doc, found.last_token).is_some()
}

/// Whether a cue names an act (an event trigger).
fn is_act(doc: &Doc, found: &CueMatch) -> bool {
    act_type_of(doc, found).is_some()
}

/// The event type of the act a cue names, if it is an event trigger.
pub(crate) fn act_type_of(doc: &Doc, found: &CueMatch) -> Option<&'static str> {
    doc.role_of(found, |role| match role {
        CueRole::Trigger { event_type, .. } => Some(*event_type),
        _ => None,
    })
}

/// The first support verb in `from..to` that carries an object pronoun (`شنها`، `نفذته`):
/// the pronoun points back to an act named before it. A noun (`بشن`) or a verb with no
/// pronoun (`في وجه الميليشيات`) is none.
fn support_verb_between<'d>(doc: &'d Doc, from: usize, to: usize) -> Option<&'d CueMatch> {
    doc.cues_in(from..to).iter().find(|found| {
        let verb = doc.cue_entries(found).any(|cue| {
            matches!(cue.role, CueRole::Light) && matches!(cue.class, WordClass::Past | WordClass::Present)
        });
        verb && found.first_token >= from && carries_object_pronoun(doc, found)
    })
}

/// `وكان ترامب يشير إلى هجوم نفذه مسلحون`: a noun of an act with a support verb carrying its
/// pronoun right after it has a doer of its own, named or not; whoever tells of it did not.
/// The verb's subject must follow it: `في اتصال أجراه مع ماي` was made by the one it points
/// back to (its subject a pronoun).
fn has_its_own_support_verb(doc: &Doc, trigger: &Trigger) -> bool {
    let next = trigger.found.last_token + 1;
    let clause_end = doc.clause_of(trigger.found.first_token).end;
    let subject_after = |verb: &CueMatch| {
        let at = verb.last_token + 1;
        let key = doc.key(at);
        let noun = key.starts_with("ال") || key.ends_with("ون") || doc.mention_at(at).is_some();
        at < clause_end && noun && !crate::grammar::is_preposition(key)
    };
    trigger.support.is_none()
        && support_verb_between(doc, next, (next + 1).min(clause_end)).is_some_and(subject_after)
}

/// How far after an event noun its support verb may stand past the noun's own words
/// (`هجوما على أحد مواقعه شنته`), in tokens.
const SUPPORT_VERB_REACH: usize = 5;

/// How far after an event noun the relative pronoun of a support verb may stand, in tokens.
const RELATIVE_REACH: usize = 6;

/// The subject after the support verb starting at token `at`, if one starts there.
fn support_subject_at(doc: &Doc, at: usize, limit: usize) -> Option<Vec<usize>> {
    let found = doc.cue_match_at(at)?;
    let is_support = doc.role_of(found, |r| matches!(r, CueRole::Light).then_some(())).is_some();
    if !is_support || found.first_token != at {
        return None;
    }
    // `مجزرة ارتكبتها إسرائيل`: a state after the verb in the feminine is its subject too.
    subject_after(doc, found.last_token, limit).or_else(|| state_subject_after(doc, found).map(|m| vec![m]))
}

/// How many words after an agent marker its actor may stand (`من قبل العراقيين أو
/// التحالف الدولي`: a name the lexicon does not know, and أو, before one it does).
const AGENT_REACH: usize = 3;

/// The agent after a marker `is_marker` accepts (`على يد`، `من قبل`، `بنيران`): the first
/// actor within a few words after the marker, none of them a preposition or a cue (which
/// start another phrase).
fn agent_after(doc: &Doc, from: usize, to: usize, is_marker: impl Fn(&str) -> bool) -> Vec<usize> {
    for at in from..to {
        if !marks_agent(doc, at, &is_marker) {
            continue;
        }
        for next in at + 1..(at + 1 + AGENT_REACH).min(to) {
            if let Some(group) = crate::args::actor_group_at(doc, next) {
                return group;
            }
            // `على يد “داعش”`: quotes around the name.
            if doc.wraps_a_name(next) {
                continue;
            }
            let key = doc.key(next);
            if key.is_empty() || crate::grammar::is_preposition(key) || doc.cue_at(next).is_some() {
                break;
            }
        }
    }
    Vec::new()
}

/// The actor after من right after an event noun, or after the noun and one adjective
/// (`لهجوم عنيف من داعش`).
fn agent_after_min(doc: &Doc, noun_end: usize, clause_end: usize) -> Vec<usize> {
    // One adjective may stand between, definite or not (`انتقادات واسعة من حركة حماس`).
    let next = noun_end + 1;
    let adjective = doc.key(next) != "من"
        && doc.key(next + 1) == "من"
        && doc.mention_at(next).is_none()
        && doc.cue_at(next).is_none()
        && !doc.is_comma(next);
    let at = noun_end + 1 + usize::from(adjective);
    if at + 1 >= clause_end || doc.key(at) != "من" {
        return Vec::new();
    }
    // A state acts by its name (`حظيت حماس بدعم من إيران`).
    let state = || {
        doc.mention_at(at + 1).filter(|&m| doc.first_token_of(m) == Some(at + 1) && doc.stands_for_state(m))
    };
    crate::args::actor_group_at(doc, at + 1).or_else(|| state().map(|m| vec![m])).unwrap_or_default()
}

/// `بدء هجوم قوات النظام`، `بدء زيارة ولي العهد`: a support that is only a verbal noun, right
/// before the act's noun, makes a noun phrase; a name right after the act's noun, with no
/// preposition, is its genitive and did it. A support that may be read as a perfect (`شن`،
/// `تواصل`) keeps the verb's reading.
fn genitive_after_noun_support(doc: &Doc, trigger: &Trigger) -> Option<Vec<usize>> {
    let (support, _) = trigger.support?;
    let noun_phrase = support.last_token + 1 == trigger.found.first_token
        && doc.cue_entries(support).all(|cue| cue.class == WordClass::Noun);
    if !noun_phrase {
        return None;
    }
    let named = name_after_noun(doc, trigger.found.last_token)?;
    named.first().is_some_and(|&m| doc.glued_preposition(m).is_none()).then_some(named)
}

/// Whether a place a side holds (`مواقع`، `معاقل`، `مقرات`; not its men, `عناصر`) stands
/// between an act's noun ending at `noun_end` and the name after it, which is then the holder.
fn names_holder_of_places(doc: &Doc, noun_end: usize, named: usize) -> bool {
    let first = doc.first_token_of(named).unwrap_or(noun_end);
    (noun_end + 1..first).any(|at| {
        let key = doc.key(at);
        let key = key.strip_prefix("ال").unwrap_or(key);
        crate::grammar::is_held_noun(key) && !crate::grammar::is_force_head(key)
    })
}

/// The name after an event noun: right after it (a genitive: `هجوم داعش`), after up to two
/// adjectives (`الضربات الجوية للتحالف`), or after a count and a partitive (`مقتل 5 من عناصر
/// داعش`). After a title, the body it heads is followed by the person who holds it, and the
/// person is the one named (`إقرار وزيرة الخارجية الأمريكية السابقة هيلاري كلينتون`).
fn name_after_noun(doc: &Doc, noun_end: usize) -> Option<Vec<usize>> {
    let mut at = noun_end + 1;
    // Four words at most; quotes around the name do not count (two of them, at most), nor
    // does a comma and the title after it that set the office's holder off.
    let mut words = 0;
    let mut titled = false;
    for _ in 0..8 {
        if words == 4 {
            return None;
        }
        if let Some(mention) = doc.mention_at(at) {
            if doc.is_actor(mention) && doc.first_token_of(mention) == Some(at) {
                let preposition = doc.glued_preposition(mention);
                if !matches!(preposition, None | Some('ل')) {
                    return None;
                }
                let holder =
                    doc.last_token_of(mention).and_then(|last| crate::claims::person_after(doc, last));
                return Some(match holder {
                    Some(person) if titled && !doc.is_person(mention) => vec![person],
                    _ => coordinated(doc, mention),
                });
            }
            if !matches!(doc.mentions[mention].info, MentionInfo::Quantity { .. } | MentionInfo::Date { .. })
            {
                return None;
            }
            at = doc.last_token_of(mention).unwrap_or(at) + 1;
            words += 1;
            continue;
        }
        let key = doc.key(at);
        // `تهديد للرئيس السوري بشار الأسد`: a title with ل before the name.
        let adjective = (key.starts_with("ال") || key.starts_with("لل")) && key.len() > 4;
        // `لهجوم إرهابيي “داعش”`: quotes stand around the name.
        let quote = doc.quotes_only(at);
        // `ولي العهد`: a title of two words opens with a word that is no title alone.
        let title = crate::claims::opens_with_title(doc, at);
        titled |= title;
        let head = crate::grammar::is_organization_head(key) && doc.reach_over_quoted_names(at + 1) > at + 1;
        // `بغارات لطائرات التحالف`: the force's aircraft or men, bare or after ل, before its name.
        let force = crate::grammar::is_force_head(key.strip_prefix('ل').unwrap_or(key));
        // `زيارة ولي العهد السعودي، الأمير محمد بن سلمان`: the office's holder set off by a comma.
        let set_off = titled && doc.is_comma(at) && crate::args::person_set_off_at(doc, at + 1).is_some();
        if !(adjective
            || quote
            || title
            || head
            || force
            || set_off
            || is_partitive(key)
            || is_time_word(key)
            // `فرار جماعي لعناصر الميليشيات`، `هجوم عنيف لتنظيم داعش`.
            || crate::grammar::is_act_adjective(key))
        {
            return None;
        }
        let holders_title = title && at > 0 && doc.is_comma(at - 1);
        words += usize::from(!quote && !set_off && !holders_title);
        at += 1;
    }
    None
}

/// `غارات إسرائيل على مواقع`، `حصار السعودية لقطر`، `اتهام بريطانيا روسيا`: a country right
/// after a bare act noun is its doer when the act's other party follows the country, and that
/// party, when it is a side named bare or after ل, is its target. Alone the country is where
/// the act fell or whom it reached (`قصف اليمن`، `اتهام روسيا بالتورط`). A word that is also a
/// perfect (`قصف`) reads the same either way, its subject after it; a verb with no noun
/// reading is left to the verb's rules (`زار إسرائيل أربع مرات`). Not for the harm done to
/// someone, protests (held in a country), visits (`زيارة الأردن للاطلاع`) or conferences
/// (`مؤتمر الكويت عن`), whose country is where they are.
fn state_doing_to_another(
    doc: &Doc,
    trigger: &Trigger,
    clause_end: usize,
) -> Option<(Vec<usize>, Vec<usize>)> {
    let found = trigger.found;
    if trigger.support.is_some()
        || found.proclitics.article
        || trigger.event_type == "PROTEST"
        || matches!(trigger.mode, "visit" | "conference")
        || VICTIM_MODES.contains(&trigger.mode)
        || !doc.cue_entries(found).any(|cue| cue.class == WordClass::Noun)
        || noun_carries_pronoun(doc, found)
    {
        return None;
    }
    let state = doc.mention_at(found.last_token + 1)?;
    let bare =
        doc.first_token_of(state) == Some(found.last_token + 1) && doc.glued_preposition(state).is_none();
    // `حملة أنقرة ضد وحدات حماية الشعب`: a capital does an act of force to the party after it
    // (alone it is where things happen: `مؤتمر باريس`، `قصف دمشق`).
    let capital = !doc.is_country(state) && doc.stands_for_state(state);
    let force = matches!(trigger.event_type, "ASSAULT" | "COERCE");
    if !bare || !(doc.is_country(state) || (capital && force)) {
        return None;
    }
    let group = coordinated(doc, state);
    let after = group.iter().filter_map(|&m| doc.last_token_of(m)).max()? + 1;
    if after >= clause_end {
        return None;
    }
    let party = other_party_at(doc, after, trigger.event_type).filter(|_| !capital || doc.key(after) == "ضد");
    let Some(party) = party else {
        if capital {
            return None;
        }
        // `اتهامات واشنطن`، `تهديدات إيران`، `غارات إسرائيل`: the country after a plural of acts
        // made them, with or without the other party named; sanctions are the ones it is under
        // (`عقوبات إيران`), talks and agreements the ones held there (`مفاوضات الكويت`). A
        // denial or a refusal is the country's own (`على الرغم من نفي روسيا`).
        let made_them = (is_plural_of_acts(doc, trigger) || trigger.event_type == "REJECT")
            && !matches!(trigger.event_type, "SANCTION" | "CONSULT" | "AGREE");
        return made_them.then(|| (group, Vec::new()));
    };
    let target = party.filter(|&m| !group.iter().any(|&g| doc.same_entity(g, m)));
    Some((group, target.map(|m| coordinated(doc, m)).unwrap_or_default()))
}

/// Whether an act's noun is a plural in ات (`اتهامات`، `غارات`، `تهديدات`): acts someone made,
/// not one act's name for what befell a place.
fn is_plural_of_acts(doc: &Doc, trigger: &Trigger) -> bool {
    trigger.found.first_token == trigger.found.last_token && doc.key(trigger.found.last_token).ends_with("ات")
}

/// Whether the word at `at`, after the doer of an act of type `event_type`, names the one the
/// act is done to, and the side it names if any: a preposition of the act's object (على، ضد،
/// عن، إلى، مع), ل glued to a name or a noun that is no stretch of time (`لقطر`، `للمفاعل`; not
/// `للمرة`), or a direct object: a side, the positions a side holds or its envoys (`روسيا`،
/// `مواقع`، `دبلوماسيين`), counted or not (`3 مواقع`). Talks and agreements take only مع، على
/// or a side (`اتفاقية الجزائر للسلام` is named after where it was made); a call takes its
/// addressee after إلى (`دعوة ليبيا إلى المؤتمر`: Libya is invited).
fn other_party_at(doc: &Doc, at: usize, event_type: &str) -> Option<Option<usize>> {
    let key = doc.key(at);
    let talks = matches!(event_type, "CONSULT" | "AGREE");
    let to = key == "الي" && doc.key(at + 1) != "جانب" && event_type != "DEMAND";
    if matches!(key, "علي" | "مع") || (!talks && (matches!(key, "ضد" | "عن") || to)) {
        return Some(None);
    }
    let side = |m: usize| doc.is_actor(m) || doc.stands_for_state(m);
    match doc.mention_at(at) {
        Some(m) if doc.first_token_of(m) == Some(at) => match doc.glued_preposition(m) {
            None | Some('ل') if side(m) => Some(Some(m)),
            Some('ل') if doc.is_place(m) && !talks => Some(None),
            // `طرد روسيا 23 دبلوماسيا`، `قصف إسرائيل 3 مواقع`: a count of what the act was done to.
            None if doc.counts_at(at) => {
                let after = doc.last_token_of(m)? + 1;
                (doc.mention_at(after).is_none() && !talks).then(|| other_party_at(doc, after, event_type))?
            }
            _ => None,
        },
        Some(_) => None,
        None if talks => None,
        None => {
            let defined = key.strip_prefix("لل").filter(|rest| rest.chars().count() > 2);
            let held = is_held_noun(key.strip_prefix('ل').unwrap_or(key)) || is_envoy_word(key);
            (held || defined.is_some_and(|rest| !STRETCHES_OF_TIME.contains(&rest))).then_some(None)
        }
    }
}

/// A word at token `at` that can only be a verb, with و glued to it (`وأعلن`، `واعتقلت`).
fn opens_joined_verb(doc: &Doc, at: usize) -> bool {
    let Some(found) = doc.cue_match_at(at).filter(|found| found.first_token == at) else { return false };
    found.proclitics.conjunction
        && doc.raw(at).starts_with('و')
        && doc.cue_entries(found).all(|cue| matches!(cue.class, WordClass::Past | WordClass::Present))
}

/// `منذ` at token `at` before what is no stretch of time or date (`منذ عزل الرئيس`، `منذ أن
/// تولى`، `منذ تدخل التحالف`, not `منذ ثلاث سنوات`، `منذ عام 2015`، `منذ أواخر مارس`).
fn is_since_an_act(doc: &Doc, at: usize) -> bool {
    if doc.key(at) != "منذ" {
        return false;
    }
    let next = at + 1;
    let key = doc.key(next);
    let bare = key.strip_prefix("ال").unwrap_or(key);
    let time = doc.mention_at(next).is_some_and(|m| doc.is_date(m))
        || doc.counts_at(next)
        || doc.is_number(next)
        || marsad_text::number::is_number_word(key)
        || crate::grammar::is_time_word(key)
        || STRETCHES_OF_TIME.contains(&bare)
        || SPANS_SINCE.contains(&bare);
    !time
}

/// Words (folded, without the article) that open a stretch of time or a point in it after
/// منذ, besides the [`STRETCHES_OF_TIME`]: `منذ سنوات`، `منذ أواخر مارس`، `منذ نحو عامين`.
const SPANS_SINCE: &[&str] = &[
    "سنوات",
    "سنين",
    "اشهر",
    "شهور",
    "اسابيع",
    "عقود",
    "عقد",
    "عامين",
    "سنتين",
    "شهرين",
    "يومين",
    "اواخر",
    "اوايل",
    "مطلع",
    "منتصف",
    "نهايه",
    "بدايه",
    "نحو",
    "حوالي",
    "قرابه",
    "اكثر",
    "اقل",
    "زمن",
    "قرن",
];

/// Stretches of time (folded, without the article), which ل before them measures (`للمرة
/// الأولى`، `للعام الثالث`): no party to an act.
const STRETCHES_OF_TIME: &[&str] =
    &["مره", "مرات", "عام", "سنه", "يوم", "اسبوع", "شهر", "ساعه", "ساعات", "ايام", "وقت", "فتره", "حظه"];

/// `تعازيه لأسر ضحايا المداهمة`، `تعويض لضحايا الاعتداء`: an act named after its victims is
/// what they suffered; the sentence's subject mourns, treats or compensates them, it did not
/// do it. Its doer is one named after it (`ضحايا قمع قوات الاحتلال`), or none.
fn follows_its_victims(doc: &Doc, trigger: &Trigger) -> bool {
    let before = trigger.found.first_token.checked_sub(1).map_or("", |t| doc.key(t));
    VICTIMS_OF.contains(&before)
}

/// "The victims of" (folded), bare, definite, after ل or و.
const VICTIMS_OF: &[&str] =
    &["ضحايا", "الضحايا", "لضحايا", "للضحايا", "وضحايا", "ضحيه", "الضحيه", "لضحيه", "للضحيه"];

/// Types of acts done for someone: the name after ل right after their noun receives them.
const RECIPIENT_TYPES: &[&str] = &["AID", "SUPPORT"];

/// The place of an event, none of its doers: the first town, region or facility after the
/// trigger in its sentence, else the nearest one before it in its clause; a country or a
/// capital that may stand for its government only when it is in the trigger's own clause
/// (`ضربات في سوريا`, not `… تعمل عليه واشنطن`).
fn place_of(
    doc: &Doc,
    head: &CueMatch,
    trigger: &CueMatch,
    sentence: usize,
    actor: &[usize],
) -> Option<usize> {
    let clause = doc.clause_of(trigger.first_token);
    let sentence_end = doc.sentences.get(sentence).map_or(clause.end, |s| s.end);
    let place = |at: usize| doc.mention_at(at).filter(|&m| doc.is_place(m) && !actor.contains(&m));
    let fine = |at: usize| place(at).filter(|&m| !doc.stands_for_state(m));
    (trigger.last_token + 1..sentence_end)
        .find_map(fine)
        .or_else(|| (clause.start..head.first_token).rev().find_map(fine))
        .or_else(|| relative_clause_place(doc, head, sentence).filter(|p| !actor.contains(p)))
        .or_else(|| (trigger.last_token + 1..clause.end).find_map(place))
}

/// `تحرير جبل الثردة الذي كانت لواشنطن بصمة في احتلاله عندما نفذت غارات`: an act told inside
/// a relative clause about a place happened at that place. The nearest relative pronoun before
/// the trigger decides: when its antecedent is not a place, the clause is about something else.
/// A stop between them (`هجوم نيس الذي وقع في يوليو، متهمة الحكومة`) or a verb joined by و
/// (`إعلان هامبورغ الذي أصدره القادة ونعترف`) has left the clause.
fn relative_clause_place(doc: &Doc, head: &CueMatch, sentence: usize) -> Option<usize> {
    if head.proclitics.conjunction {
        return None;
    }
    let start = doc.sentences.get(sentence)?.start.max(head.first_token.saturating_sub(RELATIVE_PLACE_REACH));
    let pronoun = (start..head.first_token).rev().find(|&at| is_relative_pronoun(doc.key(at)))?;
    if (pronoun..head.first_token).any(|at| matches!(doc.raw(at), "،" | "," | "؛" | ";" | ":" | ".")) {
        return None;
    }
    let antecedent = doc.mention_at(pronoun.checked_sub(1)?)?;
    (doc.is_place(antecedent) && !doc.stands_for_state(antecedent)).then_some(antecedent)
}

/// How far before an act the relative pronoun of a clause about a place may stand, in tokens:
/// the clause may hold a whole subordinate clause before the act (`… عندما نفذت`).
const RELATIVE_PLACE_REACH: usize = 16;

/// The date of an event: the nearest date mention in its sentence.
fn date_of(doc: &Doc, head: usize, sentence: usize) -> Option<usize> {
    let range = doc.sentences.get(sentence)?.clone();
    range
        .filter_map(|at| doc.mention_at(at).filter(|&m| doc.is_date(m)).map(|m| (at.abs_diff(head), m)))
        .min()
        .map(|(_, m)| m)
}

/// Casualty counts go to the nearest violent event of their sentence: quantities counting
/// the killed or injured, and the count after a killing verb (`قتل 13 عنصرا`) whatever it
/// counts.
fn assign_casualties(doc: &Doc, events: &mut [EventDraft]) {
    let mut counted = Vec::new();
    for event in events.iter_mut() {
        let Some(victims) = event.victims else { continue };
        if let Some(MentionInfo::Quantity { value, .. }) = doc.mentions.get(victims).map(|m| &m.info) {
            event.dead = Some(*value as u64);
            counted.push(victims);
        }
    }
    for (id, mention) in doc.mentions.iter().enumerate() {
        let MentionInfo::Quantity { value, unit: Some(unit), .. } = &mention.info else { continue };
        if counted.contains(&id) {
            continue;
        }
        let Some(at) = doc.first_token_of(id) else { continue };
        let Some(sentence) = doc.sentence_of(at) else { continue };
        let nearest = events
            .iter_mut()
            .filter(|e| e.sentence == sentence && e.event_type == "ASSAULT")
            .min_by_key(|e| e.head.abs_diff(at));
        let (Some(event), count) = (nearest, *value as u64) else { continue };
        match unit.as_str() {
            "killed" => *event.dead.get_or_insert(0) += count,
            "injured" => *event.injured.get_or_insert(0) += count,
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_word_lists_are_folded() {
        crate::grammar::assert_all_folded(&[
            ("AGENT_NOUNS", super::AGENT_NOUNS),
            ("PART_STEMS", super::PART_STEMS),
            ("RESPONSIBILITY_STEMS", super::RESPONSIBILITY_STEMS),
            ("CLAIMING_VERB_STEMS", super::CLAIMING_VERB_STEMS),
            ("ASKING_VERBS", super::ASKING_VERBS),
            ("ADVERBS", super::ADVERBS),
            ("VERB_PARTICLES", super::VERB_PARTICLES),
            ("OBJECT_PREPOSITIONS", super::OBJECT_PREPOSITIONS),
            ("MANNER_NOUNS", super::MANNER_NOUNS),
            ("SNATCHED_THINGS", super::SNATCHED_THINGS),
            ("TIME_SUBORDINATORS", super::TIME_SUBORDINATORS),
            ("OBJECT_PRONOUN_NOUNS", super::OBJECT_PRONOUN_NOUNS),
            ("EXPELLING_NOUNS", super::EXPELLING_NOUNS),
            ("CARRIED_PRONOUNS", super::CARRIED_PRONOUNS),
            ("SIDE_PREPOSITIONS", super::SIDE_PREPOSITIONS),
            ("STRETCHES_OF_TIME", super::STRETCHES_OF_TIME),
            ("UNNAMED_SIDES", super::UNNAMED_SIDES),
            ("CLAIMED_BACK", super::CLAIMED_BACK),
            ("SPANS_SINCE", super::SPANS_SINCE),
            ("VICTIMS_OF", super::VICTIMS_OF),
            ("ENVOY_STEMS", super::ENVOY_STEMS),
            ("ENVOY_COUNT_WORDS", super::ENVOY_COUNT_WORDS),
            ("DECISION_NOUNS", super::DECISION_NOUNS),
            ("FACING_NOUNS", super::FACING_NOUNS),
            ("WITNESS_VERBS", super::WITNESS_VERBS),
            ("OPINION_VERBS", super::OPINION_VERBS),
            ("KILLED_IN", super::KILLED_IN),
            ("BREAKING_WORDS", super::BREAKING_WORDS),
            ("PRISON_PLACES", super::PRISON_PLACES),
            ("NOT_GLUED_BA", super::NOT_GLUED_BA),
        ]);
    }
}
