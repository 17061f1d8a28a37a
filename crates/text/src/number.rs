//! Numbers in digits and words, with the quantities they count.
//!
//! [`find_quantities`] reads a tokenized text and reports every number with its value, whether
//! the text gives it as an estimate, and what it counts when a counted noun follows:
//! `عشرات القتلى` is 12 killed, approximate. It reads
//!
//! - digits of any script with their separators: `137`, `3.5`, `1,000`, `٣٬٠٠٠`, `٣٫٥`, `الـ24`,
//!   and `80%`, `30 بالمئة`, `45 في المائة` as percentages;
//! - number words in their gender, case and spelling variants: `ثلاثة وعشرون`, `مئة وخمسون`,
//!   `ألفين وخمسمئة`, `ثلاث مئة`, `إحدى عشرة`; and multipliers after words or digits: `ثلاثة آلاف`,
//!   `3 آلاف`, `2.5 مليون`;
//! - vague plurals (`عشرات`, `مئات الآلاف`), valued by the one table `VAGUE_COUNTS`;
//! - an approximator before the number (`قرابة`, `نحو`, `أكثر من`, `ما يزيد على`…);
//! - the counted noun right after the number, or after `من` (`عشرات من القتلى`), which gives the
//!   unit (`killed`, `fighters`, `km`…);
//! - a dual noun as a count of two (`جنديان`, `طائرتين`), by [`crate::dual`].
//!
//! The span covers the approximator, the number and the counted noun. Words are matched on
//! their [`fold_key`] forms, so `مئة`/`مائة` and `إحدى`/`احدى` meet; a number word may carry a
//! proclitic (`وثلاثة`, `بعشرات`, `للعشرات`), which the span leaves out as entity spans do, while
//! the article stays in.
//!
//! What is not a count is left alone: years (`عام 2015`, a bare 1900–2100 with nothing counted
//! after it, `2018م`), day-month dates (`الـ10 من سبتمبر`, which the date recognizer reads),
//! digits joined to other digits by `/ : - +` or by spaces (dates, times, ranges, phone
//! numbers), long digit runs and leading zeros (phone numbers), identifiers after a label
//! (`القرار 2254`, `الفرقة 17`), ordinals (`الثالث`, `الحادي عشر`), and cardinals with the
//! article (`الأطراف الثلاثة`, `القرن العشرين`), which are adjectives or ordinals.

use std::sync::OnceLock;

use crate::dual::{find_duals, merge_duals};
use crate::fold::{fold, fold_at, fold_key, is_dropped};
use crate::hash::{filter_mix, KeyFilter, KeyMap, KeySet};
use crate::token::{is_digit, KeyedTokens, Token, TokenKind};

/// A number found in the text, with what it counts when the text says.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Quantity {
    /// Byte range in the original text, covering the approximator, the number and the counted
    /// noun when there are any; a proclitic on the first word is left out.
    pub start: usize,
    pub end: usize,
    pub value: f64,
    /// True for an estimate: after an approximator (`قرابة`, `أكثر من`) or a vague plural
    /// (`عشرات`).
    pub approximate: bool,
    /// What is counted (`killed`, `fighters`, `km`, `percent`…), when the text says.
    pub unit: Option<&'static str>,
}

/// Finds the quantities of `text`, given its tokens (from [`crate::token::tokenize`]), in order
/// and without overlap.
pub fn find_quantities(text: &str, tokens: &[Token]) -> Vec<Quantity> {
    let folded = fold(text);
    find_quantities_in(&KeyedTokens::new(text, tokens, &folded))
}

/// Finds the quantities of a text from its keyed tokens, which the date reader shares: in
/// order and without overlap.
pub fn find_quantities_in(words: &KeyedTokens) -> Vec<Quantity> {
    let look = FirstLook::new();
    let numbers = quantities_tried_where(words, |reader, from| reader.next_worth_reading(from, &look));
    merge_duals(numbers, find_duals(words))
}

/// The reading loop: a reading is tried at each token `next_worth_trying` finds (the first
/// worth a try at or after the index it is given; the number of tokens when none is).
fn quantities_tried_where(
    words: &KeyedTokens,
    next_worth_trying: impl Fn(&Reader, usize) -> usize,
) -> Vec<Quantity> {
    let reader = Reader { words };
    let mut found: Vec<Quantity> = Vec::new();
    let mut index = 0;
    loop {
        index = next_worth_trying(&reader, index);
        if index >= words.tokens.len() {
            break;
        }
        let next = match reader.reading_at(index) {
            Some(Reading::Quantity(quantity, next)) => {
                if is_well_formed_after(words.text, found.last(), &quantity) {
                    found.push(quantity);
                }
                next
            }
            Some(Reading::NotACount(next)) => next,
            None => index + 1,
        };
        index = next.max(index + 1);
    }
    found
}

/// What reading from one token gives, with the token to go on from.
enum Reading {
    Quantity(Quantity, usize),
    /// A number that names a year, a date or a thing: its words are skipped whole, so that
    /// `عام ألفين وخمسة عشر` does not leave `خمسة عشر` behind as a count.
    NotACount(usize),
}

/// Keeps the promises of the output (ranges on char boundaries, ascending, disjoint; finite
/// values) even when the tokens do not come from this text.
fn is_well_formed_after(text: &str, last: Option<&Quantity>, quantity: &Quantity) -> bool {
    quantity.start < quantity.end
        && text.get(quantity.start..quantity.end).is_some()
        && quantity.value.is_finite()
        && !matches!(last, Some(last) if last.end > quantity.start)
}

// ----------------------------------------------------------------------------------------
// Lexicon. Every key is written in its folded form (a test checks it), sorted where it is
// looked up by binary search.
// ----------------------------------------------------------------------------------------

const THOUSAND: f64 = 1e3;
const MILLION: f64 = 1e6;
const BILLION: f64 = 1e9;

/// How many of a scale word's unit the word itself says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Count {
    /// `ألف`, `مليون`: one, or the unit a number before it multiplies (`عشرون ألفا`).
    One,
    /// `ألفين`, `مليونان`: two.
    Two,
    /// `آلاف`, `ملايين`: several, multiplied by the number before it (`ثلاثة آلاف`), vague alone.
    Several,
}

/// What a number word contributes.
#[derive(Debug, Clone, Copy, PartialEq)]
enum NumberWord {
    /// 1–9, alone or heading a teen (`ثلاثة عشر`) or a hundred (`ثلاث مئة`).
    Unit(u32),
    /// `أحد`, `إحدى`, `اثنا`, `اثني`…: only ever the head of a teen (`أحد` alone is "one of").
    TeenHead(u32),
    /// `عشر`, `عشرة`: ten, or the tail of a teen.
    Ten,
    /// 20–90.
    Tens(u32),
    /// `مئة`, `مائة`: a hundred, or the tail of `ثلاث مئة`.
    Hundred,
    /// 200–900 in one word.
    Hundreds(u32),
    /// A thousand, a million or a billion.
    Scale(f64, Count),
    /// `عشرات`, `مئات`: a vague plural, valued by [`VAGUE_COUNTS`].
    Vague,
}

impl NumberWord {
    /// Only plurals read naturally with the article (`العشرات`, `الآلاف`); a cardinal with it is an
    /// adjective or an ordinal (`الأطراف الثلاثة`, `القرن العشرين`).
    fn takes_article(self) -> bool {
        matches!(self, NumberWord::Vague | NumberWord::Scale(_, Count::Several))
    }
}

/// Number words by folded key, sorted.
const NUMBER_WORDS: &[(&str, NumberWord)] = {
    use NumberWord::*;
    &[
        ("اثنا", TeenHead(2)),
        ("اثنان", Unit(2)),
        ("اثنتا", TeenHead(2)),
        ("اثنتان", Unit(2)),
        ("اثنتي", TeenHead(2)),
        ("اثنتين", Unit(2)),
        ("اثني", TeenHead(2)),
        ("اثنين", Unit(2)),
        ("احد", TeenHead(1)),
        ("احدي", TeenHead(1)),
        ("اربع", Unit(4)),
        ("اربعمايه", Hundreds(400)),
        ("اربعميه", Hundreds(400)),
        ("اربعه", Unit(4)),
        ("اربعون", Tens(40)),
        ("اربعين", Tens(40)),
        ("الاف", Scale(THOUSAND, Count::Several)),
        ("الف", Scale(THOUSAND, Count::One)),
        ("الفا", Scale(THOUSAND, Count::One)),
        ("الفان", Scale(THOUSAND, Count::Two)),
        ("الفي", Scale(THOUSAND, Count::Two)),
        ("الفين", Scale(THOUSAND, Count::Two)),
        ("تسع", Unit(9)),
        ("تسعمايه", Hundreds(900)),
        ("تسعميه", Hundreds(900)),
        ("تسعه", Unit(9)),
        ("تسعون", Tens(90)),
        ("تسعين", Tens(90)),
        ("ثلاث", Unit(3)),
        ("ثلاثمايه", Hundreds(300)),
        ("ثلاثميه", Hundreds(300)),
        ("ثلاثه", Unit(3)),
        ("ثلاثون", Tens(30)),
        ("ثلاثين", Tens(30)),
        ("ثلثمايه", Hundreds(300)),
        ("ثمان", Unit(8)),
        ("ثمانمايه", Hundreds(800)),
        ("ثمانميه", Hundreds(800)),
        ("ثمانون", Tens(80)),
        ("ثماني", Unit(8)),
        ("ثمانيمايه", Hundreds(800)),
        ("ثمانيميه", Hundreds(800)),
        ("ثمانين", Tens(80)),
        ("ثمانيه", Unit(8)),
        ("خمس", Unit(5)),
        ("خمسمايه", Hundreds(500)),
        ("خمسميه", Hundreds(500)),
        ("خمسه", Unit(5)),
        ("خمسون", Tens(50)),
        ("خمسين", Tens(50)),
        ("سبع", Unit(7)),
        ("سبعمايه", Hundreds(700)),
        ("سبعميه", Hundreds(700)),
        ("سبعه", Unit(7)),
        ("سبعون", Tens(70)),
        ("سبعين", Tens(70)),
        ("ست", Unit(6)),
        ("ستمايه", Hundreds(600)),
        ("ستميه", Hundreds(600)),
        ("سته", Unit(6)),
        ("ستون", Tens(60)),
        ("ستين", Tens(60)),
        ("عشر", Ten),
        ("عشرات", Vague),
        ("عشره", Ten),
        ("عشرون", Tens(20)),
        ("عشرين", Tens(20)),
        ("مايتا", Hundreds(200)),
        ("مايتان", Hundreds(200)),
        ("مايتي", Hundreds(200)),
        ("مايتين", Hundreds(200)),
        ("مايه", Hundred),
        ("ملايين", Scale(MILLION, Count::Several)),
        ("مليار", Scale(BILLION, Count::One)),
        ("مليارا", Scale(BILLION, Count::One)),
        ("مليارات", Scale(BILLION, Count::Several)),
        ("ملياران", Scale(BILLION, Count::Two)),
        ("ملياري", Scale(BILLION, Count::Two)),
        ("مليارين", Scale(BILLION, Count::Two)),
        ("مليون", Scale(MILLION, Count::One)),
        ("مليونا", Scale(MILLION, Count::One)),
        ("مليونان", Scale(MILLION, Count::Two)),
        ("مليوني", Scale(MILLION, Count::Two)),
        ("مليونين", Scale(MILLION, Count::Two)),
        ("ميات", Vague),
        ("ميتا", Hundreds(200)),
        ("ميتان", Hundreds(200)),
        ("ميتي", Hundreds(200)),
        ("ميتين", Hundreds(200)),
        ("ميه", Hundred),
        ("واحد", Unit(1)),
        ("واحدا", Unit(1)),
        ("واحده", Unit(1)),
    ]
};

/// What vague plurals count, in one table: the lowest plural reading, two of the unit the
/// plural names (`مئات` 200, `آلاف` 2000, `عشرات الآلاف` 20,000), which is what an analyst tallies
/// when the text gives no figure. `عشرات` alone is 12, a dozen, by the project's contract
/// (`عشرات القتلى` → 12). Rows are (plural, what it multiplies if anything, value); the second
/// word may carry the article (`عشرات الآلاف`) or not (`عشرات آلاف`).
const VAGUE_COUNTS: &[(&str, Option<&str>, f64)] = &[
    ("عشرات", None, 12.0),
    ("عشرات", Some("الاف"), 20_000.0),
    ("عشرات", Some("ملايين"), 20_000_000.0),
    ("ميات", None, 200.0),
    ("ميات", Some("الاف"), 200_000.0),
    ("ميات", Some("ملايين"), 200_000_000.0),
    ("الاف", None, 2_000.0),
    ("ملايين", None, 2_000_000.0),
    ("مليارات", None, 2_000_000_000.0),
];

/// Counted nouns by folded key (without the article), sorted, with the unit they give: the
/// singular, the plural, and the accusative (`قتيلا`) and construct (`مقاتلي`) forms the noun
/// takes after a number.
const COUNTED_NOUNS: &[(&str, &str)] = &[
    ("ارهابي", "fighters"),
    ("ارهابيا", "fighters"),
    ("ارهابيون", "fighters"),
    ("ارهابيي", "fighters"),
    ("ارهابيين", "fighters"),
    ("اسر", "families"),
    ("اسره", "families"),
    ("اسري", "prisoners"),
    ("اسير", "prisoners"),
    ("اسيرا", "prisoners"),
    ("اشخاص", "people"),
    ("اشهر", "months"),
    ("اصابات", "injured"),
    ("اصابه", "injured"),
    ("اطفال", "children"),
    ("اعوام", "years"),
    ("اليات", "vehicles"),
    ("اليه", "vehicles"),
    ("امتار", "m"),
    ("امراه", "women"),
    ("انتحاري", "fighters"),
    ("انتحاريا", "fighters"),
    ("انتحاريين", "fighters"),
    ("ايام", "days"),
    ("جثث", "killed"),
    ("جثه", "killed"),
    ("جرحي", "injured"),
    ("جريح", "injured"),
    ("جريحا", "injured"),
    ("جندي", "fighters"),
    ("جنديا", "fighters"),
    ("جنود", "fighters"),
    ("دبابات", "vehicles"),
    ("دبابه", "vehicles"),
    ("دولار", "dollars"),
    ("دولارا", "dollars"),
    ("دولارات", "dollars"),
    ("رهاين", "prisoners"),
    ("رهينه", "prisoners"),
    ("ساعات", "hours"),
    ("ساعه", "hours"),
    ("سنه", "years"),
    ("سنوات", "years"),
    ("سنين", "years"),
    ("سيارات", "vehicles"),
    ("سياره", "vehicles"),
    ("شخص", "people"),
    ("شخصا", "people"),
    ("شهداء", "killed"),
    ("شهر", "months"),
    ("شهرا", "months"),
    ("شهور", "months"),
    ("شهيد", "killed"),
    ("شهيدا", "killed"),
    ("صاروخ", "rockets"),
    ("صاروخا", "rockets"),
    ("صواريخ", "rockets"),
    ("ضابط", "fighters"),
    ("ضابطا", "fighters"),
    ("ضباط", "fighters"),
    ("ضحايا", "killed"),
    ("ضحيه", "killed"),
    ("ضربات", "airstrikes"),
    ("ضربه", "airstrikes"),
    ("طايرات", "aircraft"),
    ("طايره", "aircraft"),
    ("طفل", "children"),
    ("طفلا", "children"),
    ("عام", "years"),
    ("عاما", "years"),
    ("عايلات", "families"),
    ("عايله", "families"),
    ("عربات", "vehicles"),
    ("عربه", "vehicles"),
    ("عسكري", "fighters"),
    ("عسكريا", "fighters"),
    ("عسكريون", "fighters"),
    ("عسكريين", "fighters"),
    ("عناصر", "fighters"),
    ("عنصر", "fighters"),
    ("عنصرا", "fighters"),
    ("غارات", "airstrikes"),
    ("غاره", "airstrikes"),
    ("قتلي", "killed"),
    ("قتيل", "killed"),
    ("قتيلا", "killed"),
    ("قذايف", "rockets"),
    ("قذيفه", "rockets"),
    ("كلم", "km"),
    ("كم", "km"),
    ("كيلومتر", "km"),
    ("كيلومترا", "km"),
    ("كيلومترات", "km"),
    ("لاجي", "displaced"),
    ("لاجيا", "displaced"),
    ("لاجيون", "displaced"),
    ("لاجيين", "displaced"),
    ("متر", "m"),
    ("مترا", "m"),
    ("محتجز", "prisoners"),
    ("محتجزا", "prisoners"),
    ("محتجزون", "prisoners"),
    ("محتجزين", "prisoners"),
    ("مخطوف", "prisoners"),
    ("مخطوفا", "prisoners"),
    ("مخطوفون", "prisoners"),
    ("مخطوفين", "prisoners"),
    ("مدني", "civilians"),
    ("مدنيا", "civilians"),
    ("مدنيون", "civilians"),
    ("مدنيين", "civilians"),
    ("مروحيات", "aircraft"),
    ("مروحيه", "aircraft"),
    ("مسلح", "fighters"),
    ("مسلحا", "fighters"),
    ("مسلحون", "fighters"),
    ("مسلحي", "fighters"),
    ("مسلحين", "fighters"),
    ("مصاب", "injured"),
    ("مصابا", "injured"),
    ("مصابون", "injured"),
    ("مصابين", "injured"),
    ("معتقل", "prisoners"),
    ("معتقلا", "prisoners"),
    ("معتقلون", "prisoners"),
    ("معتقلين", "prisoners"),
    ("مقاتل", "fighters"),
    ("مقاتلا", "fighters"),
    ("مقاتلات", "aircraft"),
    ("مقاتله", "aircraft"),
    ("مقاتلون", "fighters"),
    ("مقاتلي", "fighters"),
    ("مقاتلين", "fighters"),
    ("مواطن", "people"),
    ("مواطنا", "people"),
    ("مواطنون", "people"),
    ("مواطنين", "people"),
    ("نازح", "displaced"),
    ("نازحا", "displaced"),
    ("نازحون", "displaced"),
    ("نازحين", "displaced"),
    ("نساء", "women"),
    ("يوم", "days"),
    ("يوما", "days"),
];

/// A proclitic cluster a number word (or a dual noun) may carry.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Proclitic {
    /// Its folded letters.
    pub(crate) letters: &'static str,
    /// How many of them the span leaves out: the conjunction and prepositions stay out, as in
    /// entity spans, and the article stays in, except where ل + ال merge into لل.
    pub(crate) skipped: usize,
    /// Whether the article is among them.
    pub(crate) article: bool,
}

const fn proclitic(letters: &'static str, skipped: usize, article: bool) -> Proclitic {
    Proclitic { letters, skipped, article }
}

/// The proclitic clusters that begin with `first`: و or ف, then ب, ل or ك, then the article.
/// Grouping them by their first letter keeps the common case, a word with none, to one test.
pub(crate) fn proclitics_starting_with(first: char) -> &'static [Proclitic] {
    const WAW: &[Proclitic] = &[
        proclitic("و", 1, false),
        proclitic("وب", 2, false),
        proclitic("ول", 2, false),
        proclitic("وك", 2, false),
        proclitic("وال", 1, true),
        proclitic("وبال", 2, true),
        proclitic("وكال", 2, true),
        proclitic("ولل", 3, true),
    ];
    const FA: &[Proclitic] = &[
        proclitic("ف", 1, false),
        proclitic("فب", 2, false),
        proclitic("فل", 2, false),
        proclitic("فال", 1, true),
        proclitic("فبال", 2, true),
        proclitic("فلل", 3, true),
    ];
    const BA: &[Proclitic] = &[proclitic("ب", 1, false), proclitic("بال", 1, true)];
    const LAM: &[Proclitic] = &[proclitic("ل", 1, false), proclitic("لل", 2, true)];
    const KAF: &[Proclitic] = &[proclitic("ك", 1, false), proclitic("كال", 1, true)];
    const ALEF: &[Proclitic] = &[proclitic("ال", 0, true)];
    match first {
        'و' => WAW,
        'ف' => FA,
        'ب' => BA,
        'ل' => LAM,
        'ك' => KAF,
        'ا' => ALEF,
        _ => &[],
    }
}

/// The letters that begin a proclitic cluster.
#[cfg(test)]
const PROCLITIC_LETTERS: &str = "وفبلكا";

/// Words that make the number after them an estimate. The longer of two phrases that share
/// a beginning comes first.
const APPROXIMATORS: &[&[&str]] = &[
    &["ما", "لا", "يقل", "عن"],
    &["ما", "يزيد", "عن"],
    &["ما", "يزيد", "علي"],
    &["ما", "يربو", "علي"],
    &["ما", "يقرب", "من"],
    &["ما", "يقارب", "من"],
    &["ما", "يقارب"],
    &["ما", "يناهز"],
    &["اكثر", "من"],
    &["اقل", "من"],
    &["ازيد", "من"],
    &["قرابه"],
    &["نحو"],
    &["حوالي"],
    &["زهاء"],
];

/// Month names of the Gregorian (Egyptian, Levantine, Maghrebi) and Hijri series: a small
/// number before one (`10 أيلول`, `الـ10 من سبتمبر`) is a day of the month.
#[rustfmt::skip]
const MONTHS: &[&str] = &[
    "يناير", "فبراير", "مارس", "ابريل", "مايو", "يونيو", "يونيه", "يوليو", "يوليه", "اغسطس",
    "سبتمبر", "اكتوبر", "نوفمبر", "ديسمبر",
    "كانون", "شباط", "اذار", "نيسان", "ايار", "حزيران", "تموز", "اب", "ايلول", "تشرين",
    "جانفي", "فيفري", "افريل", "ماي", "جوان", "جويليه", "اوت",
    "محرم", "صفر", "ربيع", "جمادي", "رجب", "شعبان", "رمضان", "شوال",
];

/// Words after which a number is a year: `عام 2015`, `سنة ألفين وخمسة عشر`, `عام 1440`.
#[rustfmt::skip]
const YEAR_WORDS: &[&str] = &[
    "عام", "العام", "عامي", "لعام", "للعام", "بعام", "وعام", "والعام", "سنه", "السنه", "لسنه",
];

/// Labels after which a number names rather than counts: a resolution, an article of law, a
/// military unit, a road, an hour of the day, a weapon model (`إف 16`, `سو 24`, `تي 72`).
#[rustfmt::skip]
const LABELS: &[&str] = &[
    "رقم", "القرار", "قرار", "الماده", "البند", "الفقره", "الفرقه", "اللواء", "الفوج", "الكتيبه",
    "الطريق", "الساعه",
    "اف", "سو", "ميغ", "ميج", "تي", "بي",
];

/// Ordinals that a following `عشر` completes (`الحادي عشر`, `السادسة عشرة`).
#[rustfmt::skip]
const ORDINALS: &[&str] = &[
    "حادي", "حاديه", "ثاني", "ثانيه", "ثالث", "ثالثه", "رابع", "رابعه", "خامس", "خامسه",
    "سادس", "سادسه", "سابع", "سابعه", "ثامن", "ثامنه", "تاسع", "تاسعه",
];

/// Whether the folded word `key` is a number word (`اثنين`، `ثلاثة`، `مئات`).
pub fn is_number_word(key: &str) -> bool {
    number_word(key).is_some()
}

fn number_word(key: &str) -> Option<NumberWord> {
    if !could_be_number_word(key) {
        return None;
    }
    // A map made once, as for the counted nouns ([`counted_noun`]); the keys are unique.
    static WORDS: OnceLock<KeyMap<&'static str, NumberWord>> = OnceLock::new();
    WORDS.get_or_init(|| NUMBER_WORDS.iter().copied().collect()).get(key).copied()
}

/// A cheap test before the binary search, which most words fail: every number word is two
/// to nine letters long and begins with one of these letter pairs (a test checks it). Letters
/// are compared one by one, as comparing strings would call `memcmp` for each.
fn could_be_number_word(key: &str) -> bool {
    let mut letters = key.chars();
    let beginning = (letters.next(), letters.next(), letters.next());
    (4..=18).contains(&key.len())
        && matches!(
            beginning,
            (Some('ا'), Some('ث' | 'ح' | 'ر'), _)
                | (Some('ا'), Some('ل'), Some('ا' | 'ف'))
                | (Some('ت'), Some('س'), _)
                | (Some('ث'), Some('ل' | 'م'), _)
                | (Some('خ'), Some('م'), _)
                | (Some('س'), Some('ب' | 'ت'), _)
                | (Some('ع'), Some('ش'), _)
                | (Some('م'), Some('ا' | 'ل' | 'ي'), _)
                | (Some('و'), Some('ا'), _)
        )
}

/// A cheap test before comparing words: every approximator begins with one of these letters
/// and is at most five letters long (a test checks it).
fn could_begin_approximator(word: &str) -> bool {
    // Read off the bytes, not a decoded character: ا ح ز are D8 A7, D8 AD, D8 B2 in UTF-8
    // and ق م ن are D9 82, D9 85, D9 86 (a test holds this to the letters).
    word.len() <= 10
        && matches!(word.as_bytes(), [0xD8, 0xA7 | 0xAD | 0xB2, ..] | [0xD9, 0x82 | 0x85 | 0x86, ..])
}

/// `key` without a leading و or ف (D9 88, D9 81 in UTF-8), read off its first two bytes: the
/// same as `key.strip_prefix(['و', 'ف'])` (a test holds it to that), asked of every word.
fn without_conjunction(key: &str) -> Option<&str> {
    match key.as_bytes() {
        [0xD9, 0x88 | 0x81, ..] => key.get(2..),
        _ => None,
    }
}

/// The filters of [`Reader::may_begin_reading`], fetched once a text instead of once a word.
struct FirstLook {
    approximator_heads: &'static KeyFilter,
    number_words: &'static KeyFilter,
    /// [`either_first_word_filter`].
    either: &'static KeyFilter,
}

impl FirstLook {
    fn new() -> Self {
        FirstLook {
            approximator_heads: approximator_head_filter(),
            number_words: number_word_filter(),
            either: either_first_word_filter(),
        }
    }
}

/// One filter over the approximators' first words and the number words together: a word
/// with no conjunction before it that fails it is neither, and is turned away with one look
/// where it took the approximator's letter test and the number words' filter. (A word the
/// two filters let through by chance, and this one not, is read as nothing: the first look
/// only spares readings, which a test holds to reading at every token.)
fn either_first_word_filter() -> &'static KeyFilter {
    static FILTER: OnceLock<KeyFilter> = OnceLock::new();
    FILTER.get_or_init(|| {
        let heads = approximator_heads().iter().map(|head| head.as_bytes());
        KeyFilter::new(heads.chain(number_words_with_proclitics().keys().map(|key| key.as_bytes())))
    })
}

/// Whether a reading may start at a token of kind `kind` whose key is `key` (its mix `mix`):
/// a number, or a word that passes the first look of an approximator or a number word.
#[inline(always)]
fn may_begin_reading_word(kind: TokenKind, key: &str, mix: u64, look: &FirstLook) -> bool {
    if kind == TokenKind::Number {
        return true;
    }
    let conjunction = without_conjunction(key);
    if conjunction.is_none() && !look.either.may_contain_mix(mix) {
        return false;
    }
    let bare = conjunction.unwrap_or(key);
    // The word's own mix, read once for every reader, unless a conjunction was cut.
    let bare_mix = || if bare.len() == key.len() { mix } else { filter_mix(bare.as_bytes()) };
    let may_approximate =
        could_begin_approximator(bare) && look.approximator_heads.may_contain_mix(bare_mix());
    may_approximate || look.number_words.may_contain_mix(mix)
}

/// The first words of the approximators: most words that pass the look at their first
/// letter are turned away here by one lookup, before the phrases are compared.
fn approximator_heads() -> &'static KeySet<&'static str> {
    static HEADS: OnceLock<KeySet<&'static str>> = OnceLock::new();
    HEADS.get_or_init(|| APPROXIMATORS.iter().map(|phrase| phrase[0]).collect())
}

/// The filter over [`approximator_heads`]: the article and م pass the look at the first
/// letter, so most words would otherwise be hashed and looked up.
fn approximator_head_filter() -> &'static KeyFilter {
    static FILTER: OnceLock<KeyFilter> = OnceLock::new();
    FILTER.get_or_init(|| KeyFilter::new(approximator_heads()))
}

/// The unit a counted noun stands for. Looked up in a map made once, not by a binary search
/// of the sorted list: eight compares of strings (each a `memcmp` call) a word, for 5,000
/// words after a number per 1,000 articles. The list's keys are unique (a test), so both
/// give the same answer.
fn counted_noun(key: &str) -> Option<&'static str> {
    static UNITS: OnceLock<KeyMap<&'static str, &'static str>> = OnceLock::new();
    UNITS.get_or_init(|| COUNTED_NOUNS.iter().copied().collect()).get(key).copied()
}

/// `key`, or `key` without its article, is in `words`.
fn is_listed_with_or_without_article(words: &[&str], key: &str) -> bool {
    words.contains(&key) || key.strip_prefix("ال").is_some_and(|bare| words.contains(&bare))
}

/// A cheap look at a word before folding it: could it begin a number word or an
/// approximator? All of those, with any proclitic, start with one of these letters (a test
/// checks it) and are short. Presentation forms pass, as folding is needed to read them.
fn may_start_quantity(word: &str) -> bool {
    const FIRST_LETTERS: &str = "اأإآٱوفبلكثخستعمقنحز";
    const LONGEST: usize = 64;
    let first = word.chars().find(|&c| !is_dropped(c));
    word.len() <= LONGEST
        && first.is_some_and(|c| FIRST_LETTERS.contains(c) || ('\u{FB50}'..='\u{FEFC}').contains(&c))
}

// ----------------------------------------------------------------------------------------
// Digits
// ----------------------------------------------------------------------------------------

/// A number written in digits: an integer mantissa and its count of decimal places, so that
/// `3.5` is exactly 35 / 10.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Digits {
    mantissa: u64,
    decimals: u32,
    integer_digits: usize,
    /// No separators: `2015`, not `2,015`.
    plain: bool,
}

impl Digits {
    fn value(self) -> f64 {
        self.mantissa as f64 / 10f64.powi(self.decimals as i32)
    }

    /// A bare four-digit number in 1900–2100: a year, unless something counted follows.
    fn is_year_like(self) -> bool {
        self.plain && self.integer_digits == 4 && (1900..=2100).contains(&self.mantissa)
    }

    /// Eight digits or more without a separator: a phone number, not a count (counts that
    /// large are written `10 ملايين` or `10,000,000`).
    fn is_phone_like(self) -> bool {
        self.plain && self.integer_digits >= 8
    }
}

/// More digits than a count has; beyond this a u64 mantissa would overflow.
const MAX_DIGITS: usize = 18;

fn digit_value(c: char) -> Option<u64> {
    let value = match c {
        '0'..='9' => c as u32 - '0' as u32,
        '\u{0660}'..='\u{0669}' => c as u32 - 0x0660,
        '\u{06F0}'..='\u{06F9}' => c as u32 - 0x06F0,
        _ => return None,
    };
    Some(u64::from(value))
}

fn is_digit_separator(c: char) -> bool {
    matches!(c, '.' | ',' | '\u{066B}' | '\u{066C}')
}

/// Reads digits of any script with their separators.
///
/// `٫` and a single `.` mark decimals and `٬` groups thousands. `,` groups thousands when
/// exactly three digits follow (`1,000`) and is otherwise a decimal comma (`3,5` → 3.5): the
/// Arabic decimal comma is rare, but a comma before one, two or four digits cannot group
/// thousands, so reading it as decimal is the only sensible reading. Repeated dots group
/// thousands when every group after them has three digits (`1.000.000`); otherwise
/// (`10.9.2018`) the digits are a date or a version, not a count, and so are leading zeros
/// (`05`) and runs longer than [`MAX_DIGITS`].
fn parse_digits(written: &str) -> Option<Digits> {
    let dots = written.chars().filter(|&c| c == '.').count();
    let mut separators = written.chars().filter(|&c| is_digit_separator(c));
    let mut groups = written.split(is_digit_separator);
    let first = groups.next()?;
    if first.chars().count() > 1 && first.starts_with(|c| digit_value(c) == Some(0)) {
        return None;
    }
    let mut digits = Digits { mantissa: 0, decimals: 0, integer_digits: 0, plain: true };
    let mut in_fraction = false;
    append_digits(&mut digits, first, in_fraction)?;
    for group in groups {
        let separator = separators.next()?;
        if in_fraction {
            return None;
        }
        let three_digits = group.chars().count() == 3;
        let groups_thousands = match separator {
            '\u{066C}' => true,
            ',' => three_digits,
            '.' => dots > 1,
            _ => false,
        };
        if groups_thousands && !three_digits {
            return None;
        }
        in_fraction = !groups_thousands;
        digits.plain = false;
        append_digits(&mut digits, group, in_fraction)?;
    }
    Some(digits)
}

fn append_digits(digits: &mut Digits, group: &str, in_fraction: bool) -> Option<()> {
    if group.is_empty() {
        return None;
    }
    for c in group.chars() {
        let value = digit_value(c)?;
        if digits.integer_digits + digits.decimals as usize >= MAX_DIGITS {
            return None;
        }
        digits.mantissa = digits.mantissa * 10 + value;
        if in_fraction {
            digits.decimals += 1;
        } else {
            digits.integer_digits += 1;
        }
    }
    Some(())
}

// ----------------------------------------------------------------------------------------
// Number words
// ----------------------------------------------------------------------------------------

/// A number word cut from its proclitics.
#[derive(Debug, Clone, Copy)]
struct Segmented<'k> {
    /// The folded proclitic letters in front of the word.
    proclitic: &'static str,
    /// How many of them the span leaves out.
    skipped: usize,
    stem: &'k str,
    word: NumberWord,
}

/// Reads a folded word as a number word, with or without proclitics, by one lookup: asked of
/// nearly every word, where [`segment_number_word_by_rules`] would try each proclitic.
fn segment_number_word(key: &str) -> Option<Segmented<'_>> {
    if !number_word_filter().may_contain(key.as_bytes()) {
        return None;
    }
    let &(proclitic, skipped, stem_at, word) = number_words_with_proclitics().get(key)?;
    Some(Segmented { proclitic, skipped, stem: key.get(stem_at..)?, word })
}

/// How [`segment_number_word_by_rules`] reads a key: proclitic letters, how many the span
/// skips, where the stem starts, and the number word.
type NumberWordReading = (&'static str, usize, usize, NumberWord);

/// The filter over [`number_words_with_proclitics`], which turns most words away unhashed.
fn number_word_filter() -> &'static KeyFilter {
    static FILTER: OnceLock<KeyFilter> = OnceLock::new();
    FILTER.get_or_init(|| KeyFilter::new(number_words_with_proclitics().keys()))
}

/// Every key [`segment_number_word_by_rules`] reads as a number word, with its reading. Such
/// a key is a proclitic cluster (or none) and a number word, so trying every cluster before
/// every number word finds them all (a test checks the two agree).
fn number_words_with_proclitics() -> &'static KeyMap<String, NumberWordReading> {
    static MAP: OnceLock<KeyMap<String, NumberWordReading>> = OnceLock::new();
    MAP.get_or_init(|| {
        let clusters = "وفبلكا".chars().flat_map(proclitics_starting_with).map(|p| p.letters);
        let mut map = KeyMap::default();
        for cluster in std::iter::once("").chain(clusters) {
            for &(number, _) in NUMBER_WORDS {
                let key = format!("{cluster}{number}");
                if let Some(reading) = segment_number_word_by_rules(&key) {
                    let stem_at = key.len() - reading.stem.len();
                    let entry = (reading.proclitic, reading.skipped, stem_at, reading.word);
                    map.insert(key, entry);
                }
            }
        }
        map
    })
}

/// Reads a folded word as a number word, with or without proclitics. A stem of two letters
/// (`ست`) takes only و, so that `لست` ("I am not") is not six.
fn segment_number_word_by_rules(key: &str) -> Option<Segmented<'_>> {
    const BARE: Proclitic = proclitic("", 0, false);
    let first = key.chars().next()?;
    let mut readings = std::iter::once(&BARE).chain(proclitics_starting_with(first));
    readings.find_map(|proclitic| {
        let stem = strip_letters(key, proclitic.letters)?;
        let word = number_word(stem)?;
        let too_short = stem.chars().count() < 3 && !matches!(proclitic.letters, "" | "و");
        let article_fits = !proclitic.article || word.takes_article();
        (!too_short && article_fits).then_some(Segmented {
            proclitic: proclitic.letters,
            skipped: proclitic.skipped,
            stem,
            word,
        })
    })
}

/// `key` without the leading `letters`. The strings are a few bytes long, so comparing them
/// byte by byte is cheaper than the `memcmp` call of `strip_prefix`.
fn strip_letters<'k>(key: &'k str, letters: &str) -> Option<&'k str> {
    let (key_bytes, letter_bytes) = (key.as_bytes(), letters.as_bytes());
    let is_prefix =
        key_bytes.len() >= letter_bytes.len() && key_bytes.iter().zip(letter_bytes).all(|(a, b)| a == b);
    if is_prefix {
        key.get(letters.len()..)
    } else {
        None
    }
}

/// Where a number word stands in a compound number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Slot {
    Hundreds,
    Unit,
    Teen,
    Tens,
}

/// One step of a number read in words: a number below a thousand, or a scale word.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Atom {
    Small(u32, Slot),
    Scale(f64, Count),
}

/// A number read word by word: the whole thousands, millions… so far, and the group below a
/// thousand being built. Arabic orders a group hundreds, units, tens (`مئة وثلاثة وعشرون`), and
/// scales from the largest down (`مليون وخمسمئة ألف`); a word out of that order ends the number.
#[derive(Debug, Clone, Copy)]
struct Tally {
    total: f64,
    group: u32,
    has_unit: bool,
    has_tens: bool,
    last_scale: f64,
}

impl Tally {
    fn new() -> Self {
        Tally { total: 0.0, group: 0, has_unit: false, has_tens: false, last_scale: f64::INFINITY }
    }

    fn value(&self) -> f64 {
        self.total + f64::from(self.group)
    }

    /// Adds a word that opens the number or follows و.
    fn add(&mut self, atom: Atom) -> bool {
        match atom {
            Atom::Small(value, slot) => self.add_small(value, slot),
            Atom::Scale(scale, count) => self.add_scale(scale, count),
        }
    }

    fn add_small(&mut self, value: u32, slot: Slot) -> bool {
        let fits = match slot {
            Slot::Hundreds => self.group == 0,
            Slot::Unit | Slot::Teen => !self.has_unit && !self.has_tens,
            Slot::Tens => !self.has_tens,
        };
        if fits {
            self.has_unit |= matches!(slot, Slot::Unit | Slot::Teen);
            self.has_tens |= matches!(slot, Slot::Tens | Slot::Teen);
            self.group += value;
        }
        fits
    }

    /// `ألف`, `ألفين`, `ومليون`: a scale word standing for one or two of itself.
    fn add_scale(&mut self, scale: f64, count: Count) -> bool {
        let times = match count {
            Count::One => 1.0,
            Count::Two => 2.0,
            Count::Several => return false,
        };
        let fits = self.group == 0 && scale < self.last_scale;
        if fits {
            self.total += times * scale;
            self.last_scale = scale;
        }
        fits
    }

    /// `ثلاثة آلاف`, `عشرون ألفا`: the group so far counts the scale word after it.
    fn multiply(&mut self, scale: f64) -> bool {
        let fits = self.group > 0 && scale < self.last_scale;
        if fits {
            self.total += f64::from(self.group) * scale;
            self.group = 0;
            self.has_unit = false;
            self.has_tens = false;
            self.last_scale = scale;
        }
        fits
    }
}

// ----------------------------------------------------------------------------------------
// Reading the tokens
// ----------------------------------------------------------------------------------------

/// A number read from one or more tokens, before what follows it is looked at.
#[derive(Debug, Clone, Copy)]
struct Number {
    /// The token it starts in.
    first: usize,
    /// The token after it.
    next: usize,
    start: usize,
    end: usize,
    value: f64,
    approximate: bool,
    /// Written in digits.
    digits: Option<Digits>,
}

/// The approximator before a number.
#[derive(Debug, Clone, Copy)]
struct Approximator {
    start: usize,
    /// The token after it.
    next: usize,
}

/// What the number counts.
#[derive(Debug, Clone, Copy)]
struct Counted {
    unit: &'static str,
    end: usize,
    next: usize,
}

struct Reader<'w, 'a> {
    words: &'w KeyedTokens<'a>,
}

impl<'a> Reader<'_, 'a> {
    /// Whether the word at `index` may begin a quantity, by a look at it as written. The
    /// readers test its key first, which nearly every word fails at once, and ask this of
    /// the few that pass.
    fn is_candidate(&self, index: usize) -> bool {
        self.words.is_kind(index, TokenKind::Word) && may_start_quantity(self.words.raw(index))
    }

    fn token_end(&self, index: usize) -> usize {
        self.words.tokens.get(index).map_or(0, |token| token.end)
    }

    /// `a` ends where `b` starts: nothing, not even a space, between them.
    fn are_glued(&self, a: usize, b: usize) -> bool {
        matches!((self.words.tokens.get(a), self.words.tokens.get(b)), (Some(a), Some(b)) if a.end == b.start)
    }

    /// The byte where token `index` goes on after its first `letters` folded letters (a
    /// proclitic and the marks or tatweel on it).
    fn start_after_letters(&self, index: usize, letters: usize) -> usize {
        let Some(token) = self.words.tokens.get(index) else {
            return 0;
        };
        if letters == 0 {
            return token.start;
        }
        let folded = fold_at(self.words.raw(index), token.start);
        match folded.as_str().char_indices().nth(letters) {
            Some((at, _)) => folded.original_offset(at),
            None => token.start,
        }
    }

    /// The first token at or after `from` where a reading may start (the number of tokens
    /// when there is none): a number token, or a word whose key passes the first looks of
    /// [`Reader::approximator_at`] or [`segment_number_word`]. Nearly every word fails both,
    /// and is passed over here without building any reading. The tokens, keys and mixes are
    /// walked together, one step a token: asked token by token, each read of a kind, key or
    /// mix was a bounds test and a default (some forty instructions a word).
    fn next_worth_reading(&self, from: usize, look: &FirstLook) -> usize {
        let all = self.words.tokens.len();
        let tokens = self.words.tokens.get(from..).unwrap_or_default();
        let keys = self.words.keys().get(from..).unwrap_or_default();
        let mixes = self.words.mixes().get(from..).unwrap_or_default();
        if keys.len() != tokens.len() || mixes.len() != tokens.len() {
            // Not keyed token for token (no `KeyedTokens` is built so): asked one by one.
            return (from..all).find(|&index| self.may_begin_reading(index, look)).unwrap_or(all);
        }
        let passing = tokens
            .iter()
            .zip(keys)
            .zip(mixes)
            .position(|((token, key), &mix)| may_begin_reading_word(token.kind, key, mix, look));
        passing.map_or(all, |offset| from + offset)
    }

    /// Whether a reading may start at `index`, as [`Reader::next_worth_reading`] tells.
    fn may_begin_reading(&self, index: usize, look: &FirstLook) -> bool {
        let kind = self.words.tokens.get(index).map(|token| token.kind);
        let is_number = kind == Some(TokenKind::Number);
        is_number
            || may_begin_reading_word(TokenKind::Word, self.words.key(index), self.words.mix(index), look)
    }

    fn reading_at(&self, index: usize) -> Option<Reading> {
        let approximator = self.approximator_at(index);
        let number = self.number_at(approximator.map_or(index, |a| a.next))?;
        let counted = self.counted_at(number.next);
        if self.is_not_a_count(&number, counted.is_some(), approximator.is_some()) {
            return Some(Reading::NotACount(number.next));
        }
        let (end, next, unit) = match counted {
            Some(counted) => (counted.end, counted.next, Some(counted.unit)),
            None => (number.end, number.next, None),
        };
        let quantity = Quantity {
            start: approximator.map_or(number.start, |a| a.start),
            end,
            value: number.value,
            approximate: number.approximate || approximator.is_some(),
            unit,
        };
        Some(Reading::Quantity(quantity, next))
    }

    fn approximator_at(&self, index: usize) -> Option<Approximator> {
        let key = self.words.key(index);
        // No approximator begins with و or ف, so either is a conjunction.
        let (skipped, first) = without_conjunction(key).map_or((0, key), |bare| (1, bare));
        if !could_begin_approximator(first)
            || !approximator_head_filter().may_contain(first.as_bytes())
            || !approximator_heads().contains(first)
        {
            return None;
        }
        let phrase = APPROXIMATORS.iter().find(|phrase| {
            phrase[0] == first
                && phrase[1..].iter().enumerate().all(|(k, word)| self.words.key(index + 1 + k) == *word)
        })?;
        if !self.is_candidate(index) {
            return None;
        }
        Some(Approximator { start: self.start_after_letters(index, skipped), next: index + phrase.len() })
    }

    fn number_at(&self, index: usize) -> Option<Number> {
        if self.words.is_kind(index, TokenKind::Number) {
            self.digits_at(index)
        } else {
            self.words_at(index)
        }
    }

    /// A number token, and the scale word after it (`3 آلاف`, `2.5 مليون`).
    fn digits_at(&self, index: usize) -> Option<Number> {
        let raw = self.words.raw(index);
        let digits_from = raw.find(is_digit)?;
        let digits = parse_digits(&raw[digits_from..])?;
        if digits.is_phone_like() || self.is_joined_to_other_digits(index) {
            return None;
        }
        let mut number = Number {
            first: index,
            next: index + 1,
            start: self.start_after_letters(index, self.proclitic_letters(&raw[..digits_from])),
            end: self.token_end(index),
            value: digits.value(),
            approximate: false,
            digits: Some(digits),
        };
        if let Some(NumberWord::Scale(scale, Count::One | Count::Several)) =
            number_word(self.words.key(index + 1))
        {
            number.value = digits.mantissa as f64 * scale / 10f64.powi(digits.decimals as i32);
            number.next = index + 2;
            number.end = self.token_end(index + 1);
        }
        Some(number)
    }

    /// How many letters of the prefix glued to digits (`والـ24`, `بـ24`) are proclitics that
    /// the span leaves out; the article stays in.
    fn proclitic_letters(&self, prefix: &str) -> usize {
        if prefix.is_empty() {
            return 0;
        }
        let folded = fold_key(prefix);
        let cluster = folded
            .chars()
            .next()
            .and_then(|first| proclitics_starting_with(first).iter().find(|p| p.letters == folded));
        cluster.map_or(0, |proclitic| proclitic.skipped)
    }

    /// Digits joined to other digits by `/`, `:` or a dash (dates, times, ranges), glued to a
    /// `+` (a phone number), or next to another number with only spaces between (a phone
    /// number written in groups).
    fn is_joined_to_other_digits(&self, index: usize) -> bool {
        let is_joiner = |at: usize| {
            self.words.is_kind(at, TokenKind::Punct)
                && matches!(self.words.raw(at), "/" | ":" | "-" | "–" | "\\")
        };
        let is_number = |at: usize| self.words.is_kind(at, TokenKind::Number);
        let before = index.checked_sub(1).is_some_and(|punct| {
            let joins_digits = is_joiner(punct)
                && punct.checked_sub(1).is_some_and(|n| is_number(n) && self.are_glued(n, punct));
            self.are_glued(punct, index) && (self.words.raw(punct) == "+" || joins_digits)
        });
        let after = is_joiner(index + 1)
            && self.are_glued(index, index + 1)
            && is_number(index + 2)
            && self.are_glued(index + 1, index + 2);
        let spaced = index.checked_sub(1).is_some_and(is_number) || is_number(index + 1);
        before || after || spaced
    }

    /// Number words from token `index` on: a compound joined by و, or a vague plural.
    fn words_at(&self, index: usize) -> Option<Number> {
        let first = segment_number_word(self.words.key(index))?;
        if !self.is_candidate(index) {
            return None;
        }
        let start = self.start_after_letters(index, first.skipped);
        if first.word.takes_article() {
            return self.vague_at(index, first.stem, start);
        }
        if first.word == NumberWord::Ten && self.follows_ordinal(index) {
            return None;
        }
        let (atom, mut next) = self.complete_atom(first.word, index)?;
        let mut tally = Tally::new();
        if !tally.add(atom) {
            return None;
        }
        loop {
            if let Some(NumberWord::Scale(scale, Count::One | Count::Several)) =
                number_word(self.words.key(next))
            {
                if !tally.multiply(scale) {
                    break;
                }
                next += 1;
                continue;
            }
            let Some((word, word_index)) = self.conjoined_number_word(next) else {
                break;
            };
            match self.complete_atom(word, word_index) {
                Some((atom, after)) if tally.add(atom) => next = after,
                _ => break,
            }
        }
        let value = tally.value();
        (value > 0.0).then(|| Number {
            first: index,
            next,
            start,
            end: self.token_end(next - 1),
            value,
            approximate: false,
            digits: None,
        })
    }

    /// A number word's full value, with the word after it when that completes it: a teen
    /// (`ثلاثة عشر`, `أحد عشر`) or a hundred in two words (`ثلاث مئة`).
    fn complete_atom(&self, word: NumberWord, index: usize) -> Option<(Atom, usize)> {
        let after = number_word(self.words.key(index + 1));
        let atom = match (word, after) {
            (NumberWord::Unit(unit) | NumberWord::TeenHead(unit), Some(NumberWord::Ten)) => {
                return Some((Atom::Small(10 + unit, Slot::Teen), index + 2));
            }
            (NumberWord::Unit(unit), Some(NumberWord::Hundred)) if unit >= 3 => {
                return Some((Atom::Small(unit * 100, Slot::Hundreds), index + 2));
            }
            (NumberWord::Unit(unit), _) => Atom::Small(unit, Slot::Unit),
            (NumberWord::Ten, _) => Atom::Small(10, Slot::Teen),
            (NumberWord::Tens(tens), _) => Atom::Small(tens, Slot::Tens),
            (NumberWord::Hundred, _) => Atom::Small(100, Slot::Hundreds),
            (NumberWord::Hundreds(hundreds), _) => Atom::Small(hundreds, Slot::Hundreds),
            (NumberWord::Scale(scale, count), _) => Atom::Scale(scale, count),
            (NumberWord::TeenHead(_) | NumberWord::Vague, _) => return None,
        };
        Some((atom, index + 1))
    }

    /// The number word that goes on a compound after و: `وعشرون`, or `و عشرون` written apart.
    fn conjoined_number_word(&self, index: usize) -> Option<(NumberWord, usize)> {
        let key = self.words.key(index);
        if key == "و" {
            return number_word(self.words.key(index + 1)).map(|word| (word, index + 1));
        }
        let segmented = segment_number_word(key)?;
        (segmented.proclitic == "و").then_some((segmented.word, index))
    }

    /// A vague plural, alone or with the plural it multiplies (`عشرات الآلاف`).
    fn vague_at(&self, index: usize, head: &str, start: usize) -> Option<Number> {
        let tail = self.words.key(index + 1);
        let tail_bare = tail.strip_prefix("ال");
        let is_tail = |word: &str| tail == word || tail_bare == Some(word);
        let with_tail =
            VAGUE_COUNTS.iter().find(|&&(plural, of, _)| plural == head && of.is_some_and(is_tail));
        let (value, next) = match with_tail {
            Some(&(_, _, value)) => (value, index + 2),
            None => {
                let &(_, _, value) =
                    VAGUE_COUNTS.iter().find(|&&(plural, of, _)| plural == head && of.is_none())?;
                (value, index + 1)
            }
        };
        Some(Number {
            first: index,
            next,
            start,
            end: self.token_end(next - 1),
            value,
            approximate: true,
            digits: None,
        })
    }

    /// The word before is an ordinal that this `عشر` completes: `الحادي عشر`.
    fn follows_ordinal(&self, index: usize) -> bool {
        let Some(before) = index.checked_sub(1) else {
            return false;
        };
        let key = self.words.key(before);
        let key = key.strip_prefix('و').unwrap_or(key);
        is_listed_with_or_without_article(ORDINALS, key)
    }

    /// What the number counts: `%` or a percent word, or a counted noun right after it or
    /// after `من`.
    fn counted_at(&self, index: usize) -> Option<Counted> {
        if let Some(percent) = self.percent_at(index) {
            return Some(percent);
        }
        if let Some(noun) = self.counted_noun_at(index) {
            return Some(noun);
        }
        if self.words.key(index) == "من" {
            return self.counted_noun_at(index + 1);
        }
        None
    }

    fn counted_noun_at(&self, index: usize) -> Option<Counted> {
        let key = self.words.key(index);
        let unit = counted_noun(key).or_else(|| key.strip_prefix("ال").and_then(counted_noun))?;
        Some(Counted { unit, end: self.token_end(index), next: index + 1 })
    }

    /// `%`, `٪`, `بالمئة`, `بالمائة`, `في المئة`, `في المائة`.
    fn percent_at(&self, index: usize) -> Option<Counted> {
        let raw = self.words.raw(index);
        let is_sign = self.words.is_kind(index, TokenKind::Punct)
            && !raw.is_empty()
            && raw.chars().all(|c| matches!(c, '%' | '\u{066A}'));
        let last = match self.words.key(index) {
            _ if is_sign => index,
            "بالميه" | "بالمايه" => index,
            "في" if matches!(self.words.key(index + 1), "الميه" | "المايه") => index + 1,
            _ => return None,
        };
        Some(Counted { unit: "percent", end: self.token_end(last), next: last + 1 })
    }

    /// Numbers that name a year, a day of the month or a thing rather than count.
    fn is_not_a_count(&self, number: &Number, counted: bool, approximated: bool) -> bool {
        if approximated {
            return false;
        }
        let before = number.first.checked_sub(1).map_or("", |before| self.words.key(before));
        let whole = number.value.fract() == 0.0;
        let is_year_after_year_word =
            whole && (600.0..=2100.0).contains(&number.value) && YEAR_WORDS.contains(&before);
        let is_day_of_month =
            whole && (1.0..=31.0).contains(&number.value) && !counted && self.month_follows(number.next);
        let is_bare_year = number.digits.is_some_and(Digits::is_year_like) && !counted;
        let has_era_mark =
            number.digits.is_some_and(|d| d.plain) && matches!(self.words.key(number.next), "م" | "ه");
        LABELS.contains(&before) || is_year_after_year_word || is_day_of_month || is_bare_year || has_era_mark
    }

    /// A month name follows, directly, after `من`, or after a second day (`بين 8 و12 أيلول`).
    fn month_follows(&self, index: usize) -> bool {
        let month_at = |at: usize| MONTHS.contains(&self.words.key(at));
        let second_day_at = |at: usize| {
            self.words.key(at) == "و" && self.words.is_kind(at + 1, TokenKind::Number) && month_at(at + 2)
        };
        month_at(index) || (self.words.key(index) == "من" && month_at(index + 1)) || second_day_at(index)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        /// The byte looks at a word's first letter agree with decoding it.
        #[test]
        fn first_letter_looks_by_bytes_agree_with_the_letters(
            word in proptest::prop_oneof![
                proptest::prelude::any::<String>(),
                "[وفمحزقنالبـ]{0,7}",
                "[\u{0600}-\u{06FF}]{0,6}",
            ],
        ) {
            let letters = word.len() <= 10
                && word.chars().next().is_some_and(|c| matches!(c, 'م' | 'ا' | 'ق' | 'ن' | 'ح' | 'ز'));
            proptest::prop_assert_eq!(could_begin_approximator(&word), letters);
            proptest::prop_assert_eq!(without_conjunction(&word), word.strip_prefix(['و', 'ف']));
        }
    }

    #[test]
    fn the_number_word_table_reads_as_the_rules_do() {
        let clusters = [
            "", "و", "ف", "ب", "ل", "ك", "ال", "وال", "بال", "لل", "ولل", "فلل", "وب", "فب", "كال", "بب", "x",
        ];
        let words = NUMBER_WORDS.iter().map(|&(w, _)| w).chain(["ست", "عشر", "الف", "مايه", "من", "احد"]);
        for word in words {
            for cluster in clusters {
                for key in [format!("{cluster}{word}"), format!("{cluster}{}", &word[2..])] {
                    let by_table =
                        segment_number_word(&key).map(|s| (s.proclitic, s.skipped, s.stem, s.word));
                    let by_rules =
                        segment_number_word_by_rules(&key).map(|s| (s.proclitic, s.skipped, s.stem, s.word));
                    assert_eq!(by_table, by_rules, "{key}");
                }
            }
        }
    }
    use crate::token::tokenize;

    /// Each quantity as `text | value | unit | approx`.
    fn render(text: &str) -> Vec<String> {
        find_quantities(text, &tokenize(text))
            .iter()
            .map(|q| {
                let unit = q.unit.unwrap_or("-");
                let approx = if q.approximate { "approx" } else { "exact" };
                format!("{} | {} | {unit} | {approx}", &text[q.start..q.end], q.value)
            })
            .collect()
    }

    /// The one quantity of `text`, as (span, value, unit, approximate).
    fn one(text: &str) -> (&str, f64, Option<&'static str>, bool) {
        let found = find_quantities(text, &tokenize(text));
        assert_eq!(found.len(), 1, "{text:?}: {:?}", render(text));
        let q = found[0];
        (&text[q.start..q.end], q.value, q.unit, q.approximate)
    }

    fn value(text: &str) -> f64 {
        one(text).1
    }

    fn none(text: &str) {
        assert!(render(text).is_empty(), "{text:?}: {:?}", render(text));
    }

    fn assert_sorted<T>(table: &[(&str, T)]) {
        for pair in table.windows(2) {
            assert!(pair[0].0 < pair[1].0, "{} / {}", pair[0].0, pair[1].0);
        }
    }

    #[test]
    fn lexicon_keys_are_folded_and_sorted() {
        assert_sorted(NUMBER_WORDS);
        assert_sorted(COUNTED_NOUNS);
        let keys = NUMBER_WORDS.iter().map(|e| e.0).chain(COUNTED_NOUNS.iter().map(|e| e.0));
        let keys = keys.chain(MONTHS.iter().copied()).chain(YEAR_WORDS.iter().copied());
        let keys = keys.chain(LABELS.iter().copied()).chain(ORDINALS.iter().copied());
        let keys = keys.chain(APPROXIMATORS.iter().flat_map(|p| p.iter().copied()));
        let keys = keys.chain(VAGUE_COUNTS.iter().flat_map(|&(head, tail, _)| [Some(head), tail]).flatten());
        for key in keys {
            assert_eq!(fold_key(key), key);
        }
        for &(head, _, _) in VAGUE_COUNTS {
            assert!(number_word(head).is_some_and(NumberWord::takes_article), "{head}");
        }
    }

    #[test]
    fn every_number_word_and_approximator_passes_the_cheap_look() {
        for &(word, _) in NUMBER_WORDS {
            assert!(could_be_number_word(word), "{word}");
            for first in PROCLITIC_LETTERS.chars() {
                for proclitic in proclitics_starting_with(first) {
                    assert!(proclitic.letters.starts_with(first));
                    let carried = format!("{}{word}", proclitic.letters);
                    assert!(may_start_quantity(&carried), "{carried}");
                }
            }
        }
        for phrase in APPROXIMATORS {
            assert!(may_start_quantity(phrase[0]) && may_start_quantity(&format!("و{}", phrase[0])));
            assert!(could_begin_approximator(phrase[0]), "{}", phrase[0]);
        }
    }

    #[test]
    fn reads_digits_of_every_script_with_their_separators() {
        assert_eq!(value("قتل 137"), 137.0);
        assert_eq!(value("بلغت 3.5"), 3.5);
        assert_eq!(value("نحو 1,000"), 1000.0);
        assert_eq!(value("نحو 1,250,000"), 1_250_000.0);
        assert_eq!(value("٣٠٠٠"), 3000.0);
        assert_eq!(value("٣٫٥"), 3.5);
        assert_eq!(value("٣٬٠٠٠"), 3000.0);
        assert_eq!(value("۱۲"), 12.0);
        assert_eq!(value("3,5"), 3.5);
        assert_eq!(value("1.000.000"), 1_000_000.0);
        assert_eq!(value("0.3"), 0.3);
    }

    #[test]
    fn shapes_that_are_not_counts_give_nothing() {
        none("10.9.2018");
        none("1,000.5.3");
        none("05");
        none("1234567890123456789012345");
    }

    #[test]
    fn a_number_with_the_article_keeps_it_in_the_span() {
        assert_eq!(one("خلال الـ24 ساعة الماضية"), ("الـ24 ساعة", 24.0, Some("hours"), false));
        assert_eq!(one("في الساعات الـ24 الأخيرة"), ("الـ24", 24.0, None, false));
        assert_eq!(one("والـ24 ساعة"), ("الـ24 ساعة", 24.0, Some("hours"), false));
    }

    #[test]
    fn reads_percentages() {
        assert_eq!(one("تراجع 80%"), ("80%", 80.0, Some("percent"), false));
        assert_eq!(one("تراجع ٨٠٪"), ("٨٠٪", 80.0, Some("percent"), false));
        assert_eq!(one("نحو 30 بالمئة"), ("نحو 30 بالمئة", 30.0, Some("percent"), true));
        assert_eq!(one("45 في المائة"), ("45 في المائة", 45.0, Some("percent"), false));
        assert_eq!(one("خمسون بالمائة"), ("خمسون بالمائة", 50.0, Some("percent"), false));
    }

    #[test]
    fn reads_number_words_in_their_variants() {
        assert_eq!(value("واحد"), 1.0);
        assert_eq!(value("اثنتان"), 2.0);
        assert_eq!(value("إثنين"), 2.0);
        assert_eq!(value("ثلاث"), 3.0);
        assert_eq!(value("ثلاثة"), 3.0);
        assert_eq!(value("ثمانيَ"), 8.0);
        assert_eq!(value("عشرة"), 10.0);
        assert_eq!(value("عشرون"), 20.0);
        assert_eq!(value("تسعين"), 90.0);
        assert_eq!(value("مئة"), 100.0);
        assert_eq!(value("مائة"), 100.0);
        assert_eq!(value("مئتان"), 200.0);
        assert_eq!(value("مائتين"), 200.0);
        assert_eq!(value("ثلاثمئة"), 300.0);
        assert_eq!(value("تسعمائة"), 900.0);
        assert_eq!(value("ألف"), 1000.0);
        assert_eq!(value("ألفان"), 2000.0);
        assert_eq!(value("مليون"), 1e6);
        assert_eq!(value("مليونين"), 2e6);
        assert_eq!(value("مليار"), 1e9);
    }

    #[test]
    fn reads_teens_and_hundreds_in_two_words() {
        assert_eq!(value("أحد عشر"), 11.0);
        assert_eq!(value("إحدى عشرة"), 11.0);
        assert_eq!(value("اثنا عشر"), 12.0);
        assert_eq!(value("اثنتي عشرة"), 12.0);
        assert_eq!(value("خمسة عشر"), 15.0);
        assert_eq!(value("ثلاث مئة"), 300.0);
        assert_eq!(value("خمس مائة"), 500.0);
        none("أحد");
        none("إحدى");
    }

    #[test]
    fn reads_compounds_joined_by_waw() {
        assert_eq!(one("قتل ثلاثة وعشرون مدنيا"), ("ثلاثة وعشرون مدنيا", 23.0, Some("civilians"), false));
        assert_eq!(value("مئة وخمسون"), 150.0);
        assert_eq!(value("مائة و خمسون"), 150.0);
        assert_eq!(value("ألفين وخمسمئة"), 2500.0);
        assert_eq!(value("مئة وثلاثة وعشرون"), 123.0);
        assert_eq!(value("ثلاثة آلاف وخمسمائة"), 3500.0);
        assert_eq!(value("خمسة وعشرون ألفا"), 25_000.0);
        assert_eq!(value("ثلاثة عشر ألفاً"), 13_000.0);
        assert_eq!(value("مليون وخمسمئة ألف"), 1_500_000.0);
        assert_eq!(value("مئة ألف"), 100_000.0);
    }

    #[test]
    fn words_out_of_order_end_the_number() {
        assert_eq!(render("ثلاثة وأربعة"), vec!["ثلاثة | 3 | - | exact", "أربعة | 4 | - | exact"]);
        assert_eq!(render("ألف ألف"), vec!["ألف | 1000 | - | exact", "ألف | 1000 | - | exact"]);
    }

    #[test]
    fn scale_words_multiply_words_and_digits() {
        assert_eq!(value("ثلاثة آلاف"), 3000.0);
        assert_eq!(value("3 آلاف"), 3000.0);
        assert_eq!(value("10 آلاف"), 10_000.0);
        assert_eq!(value("2.5 مليون"), 2_500_000.0);
        assert_eq!(value("1.2 مليار"), 1_200_000_000.0);
        assert_eq!(one("2.5 مليون دولار"), ("2.5 مليون دولار", 2_500_000.0, Some("dollars"), false));
    }

    #[test]
    fn vague_plurals_count_their_lowest_plural_reading() {
        assert_eq!(one("سقوط عشرات القتلى."), ("عشرات القتلى", 12.0, Some("killed"), true));
        assert_eq!(one("عشرات من القتلى"), ("عشرات من القتلى", 12.0, Some("killed"), true));
        assert_eq!(one("مئات المدنيين"), ("مئات المدنيين", 200.0, Some("civilians"), true));
        assert_eq!(one("آلاف النازحين"), ("آلاف النازحين", 2000.0, Some("displaced"), true));
        assert_eq!(one("عشرات الآلاف"), ("عشرات الآلاف", 20_000.0, None, true));
        assert_eq!(one("عشرات آلاف اللاجئين"), ("عشرات آلاف اللاجئين", 20_000.0, Some("displaced"), true));
        assert_eq!(
            one("مئات الآلاف من النازحين"),
            ("مئات الآلاف من النازحين", 200_000.0, Some("displaced"), true)
        );
        assert_eq!(one("ملايين"), ("ملايين", 2e6, None, true));
        assert_eq!(one("خرج الآلاف"), ("الآلاف", 2000.0, None, true));
    }

    #[test]
    fn approximators_are_in_the_span_and_make_the_value_an_estimate() {
        assert_eq!(one("قرابة 100 عنصر"), ("قرابة 100 عنصر", 100.0, Some("fighters"), true));
        assert_eq!(one("أكثر من 3 آلاف مقاتل"), ("أكثر من 3 آلاف مقاتل", 3000.0, Some("fighters"), true));
        assert_eq!(one("ونحو خمسين"), ("نحو خمسين", 50.0, None, true));
        assert_eq!(one("حوالى 20 قتيلاً"), ("حوالى 20 قتيلاً", 20.0, Some("killed"), true));
        assert_eq!(one("زهاء ألف"), ("زهاء ألف", 1000.0, None, true));
        assert_eq!(one("ما يقارب 40 غارة"), ("ما يقارب 40 غارة", 40.0, Some("airstrikes"), true));
        assert_eq!(one("ما يزيد على 500 أسرة"), ("ما يزيد على 500 أسرة", 500.0, Some("families"), true));
        assert_eq!(one("وأقل من عشرة"), ("أقل من عشرة", 10.0, None, true));
        assert_eq!(one("أزيد من 60 كم"), ("أزيد من 60 كم", 60.0, Some("km"), true));
        assert_eq!(one("ما لا يقل عن 7 أطفال"), ("ما لا يقل عن 7 أطفال", 7.0, Some("children"), true));
    }

    #[test]
    fn an_approximator_without_a_number_is_just_a_word() {
        none("توجه نحو الشمال");
        assert_eq!(one("أكثر من مئة"), ("أكثر من مئة", 100.0, None, true));
    }

    #[test]
    fn proclitics_stay_out_of_the_span() {
        assert_eq!(one("وثلاثة جرحى"), ("ثلاثة جرحى", 3.0, Some("injured"), false));
        assert_eq!(one("بثلاثة صواريخ"), ("ثلاثة صواريخ", 3.0, Some("rockets"), false));
        assert_eq!(one("لعشرات المعتقلين"), ("عشرات المعتقلين", 12.0, Some("prisoners"), true));
        assert_eq!(one("والعشرات"), ("العشرات", 12.0, None, true));
        assert_eq!(one("بالعشرات"), ("العشرات", 12.0, None, true));
        assert_eq!(one("للعشرات"), ("عشرات", 12.0, None, true));
        assert_eq!(one("بألف"), ("ألف", 1000.0, None, false));
        assert_eq!(one("وَثلاثة"), ("ثلاثة", 3.0, None, false));
        assert_eq!(one("بـ24 ساعة"), ("24 ساعة", 24.0, Some("hours"), false));
    }

    #[test]
    fn short_words_that_only_look_like_numbers_are_not() {
        none("لست أدري");
        assert_eq!(value("وست"), 6.0);
    }

    #[test]
    fn ordinals_and_cardinals_with_the_article_are_not_quantities() {
        none("المرة الثالثة");
        none("الأول");
        none("في الحادي عشر من الشهر");
        none("السادسة عشرة");
        none("الأطراف الثلاثة");
        none("القرن الحادي والعشرين");
        none("يوم الاثنين");
    }

    #[test]
    fn counted_nouns_set_the_unit_with_or_without_the_article() {
        assert_eq!(one("٣٠٠٠ نازح"), ("٣٠٠٠ نازح", 3000.0, Some("displaced"), false));
        assert_eq!(one("5 شهداء"), ("5 شهداء", 5.0, Some("killed"), false));
        assert_eq!(one("ثلاثة من عناصر التنظيم"), ("ثلاثة من عناصر", 3.0, Some("fighters"), false));
        assert_eq!(one("أربع طائرات"), ("أربع طائرات", 4.0, Some("aircraft"), false));
        assert_eq!(one("عشر سنوات"), ("عشر سنوات", 10.0, Some("years"), false));
        assert_eq!(one("خمس آليات"), ("خمس آليات", 5.0, Some("vehicles"), false));
        assert_eq!(one("200 متر"), ("200 متر", 200.0, Some("m"), false));
        assert_eq!(one("نحو 400 إرهابي"), ("نحو 400 إرهابي", 400.0, Some("fighters"), true));
        assert_eq!(one("أربع مقاتلات"), ("أربع مقاتلات", 4.0, Some("aircraft"), false));
        assert_eq!(one("عشرات الإصابات"), ("عشرات الإصابات", 12.0, Some("injured"), true));
    }

    #[test]
    fn years_and_dates_are_left_to_the_date_recognizer() {
        none("في عام 2015");
        none("سنة 1990");
        none("في 2015");
        none("منذ عام ألفين وخمسة عشر");
        none("عام 1440 هـ");
        none("2018م");
        none("في الـ10 من سبتمبر الماضي");
        none("10 أيلول");
        none("ما بين 8 و12 أيلول");
        none("10/9/2018");
        none("الساعة 10:30");
        none("بين 2011-2012");
        assert_eq!(one("2000 مقاتل"), ("2000 مقاتل", 2000.0, Some("fighters"), false));
        assert_eq!(one("أكثر من 2000"), ("أكثر من 2000", 2000.0, None, true));
        assert_eq!(one("قتل 10 في سبتمبر"), ("10", 10.0, None, false));
    }

    #[test]
    fn phone_numbers_and_identifiers_are_not_quantities() {
        none("اتصل على 0933123456");
        none("+963 933 123 456");
        none("93312345");
        none("القرار 2254");
        none("الفرقة 17");
        none("الساعة 10");
        none("مقاتلات إف 16");
    }

    #[test]
    fn a_paragraph() {
        let text = "أعلن المرصد أن حصيلة الغارات ارتفعت إلى ثلاثة وعشرين قتيلاً بينهم سبعة أطفال، \
            إضافة إلى نحو 40 جريحاً، فيما نزح أكثر من 3 آلاف شخص خلال الـ24 ساعة الماضية. \
            وقال إن عشرات الآلاف من المدنيين فرّوا منذ عام 2015، وإن قرابة ٣٠٠٠ نازح وصلوا \
            إلى المخيم الذي يبعد 12 كم عن الحدود، وإن التحالف شن ما يزيد على مئة وخمسين غارة \
            في الحادي عشر من أيلول، ودمر بثلاث مئة صاروخ وخمس آليات. وتراجع الإنتاج بنسبة \
            ٣٫٥٪ وخسر 2.5 مليون دولار، بحسب القرار 2254، ويقدر عدد الضحايا بالمئات.";
        insta::assert_snapshot!(render(text).join("\n"));
    }

    mod properties {
        use super::*;
        use proptest::prelude::*;

        const PIECES: &[&str] = &[
            "ثلاثة",
            "وعشرون",
            "عشر",
            "أحد",
            "آلاف",
            "الآلاف",
            "عشرات",
            "مئات",
            "مئة",
            "ألف",
            "مليون",
            "قرابة",
            "أكثر",
            "من",
            "ما",
            "يزيد",
            "على",
            "قتيلا",
            "القتلى",
            "نازح",
            "عام",
            "سبتمبر",
            "الحادي",
            "الـ",
            "بـ",
            "و",
            "ل",
            "3",
            "٣٫٥",
            "1,000",
            "2015",
            "%",
            "٪",
            "/",
            ":",
            "-",
            "+",
            ".",
            ",",
            " ",
            "  ",
            "ـ",
            "\u{064E}",
            "\u{200F}",
            "ﻻ",
            "ﻟﻠ",
            "0",
            "05",
            "9999999999999999999999",
            "في",
            "المئة",
            "بالمائة",
            "#وسم",
        ];

        fn arabicish() -> impl Strategy<Value = String> {
            prop::collection::vec(prop::sample::select(PIECES), 0..24).prop_map(|parts| parts.concat())
        }

        fn spaced() -> impl Strategy<Value = String> {
            prop::collection::vec(prop::sample::select(PIECES), 0..24).prop_map(|parts| parts.join(" "))
        }

        /// The reading loop of [`find_quantities_in`] without the first look that passes most
        /// words over: a reading is tried at every token.
        fn quantities_reading_every_token(words: &KeyedTokens) -> Vec<Quantity> {
            quantities_tried_where(words, |_, from| from)
        }

        fn check(text: &str) {
            let found = find_quantities(text, &tokenize(text));
            let mut last_end = 0;
            for q in &found {
                assert!(q.start < q.end && q.end <= text.len(), "{q:?}");
                assert!(text.is_char_boundary(q.start) && text.is_char_boundary(q.end), "{q:?}");
                assert!(q.start >= last_end, "{found:?}");
                assert!(q.value.is_finite(), "{q:?}");
                last_end = q.end;
            }
        }

        proptest! {
            #[test]
            fn never_panics_and_keeps_ranges_sound(text in ".{0,200}") {
                check(&text);
            }

            #[test]
            fn never_panics_on_arabic_number_material(text in arabicish()) {
                check(&text);
            }

            #[test]
            fn the_first_look_passes_over_no_quantity(text in prop_oneof![arabicish(), spaced()]) {
                let (tokens, folded) = (tokenize(&text), fold(&text));
                let words = KeyedTokens::new(&text, &tokens, &folded);
                prop_assert_eq!(find_quantities_in(&words), quantities_reading_every_token(&words));
            }

            #[test]
            fn survives_tokens_that_do_not_fit_the_text(text in ".{0,40}", other in arabicish()) {
                let tokens = tokenize(&other);
                let found = find_quantities(&text, &tokens);
                for q in found {
                    prop_assert!(text.get(q.start..q.end).is_some());
                }
            }
        }
    }
}
