//! Where a person's name found from a title or a given name ends: before a title in construct
//! (a role in a team too, whose team after it opens no name) or in the accusative, an age,
//! what a player scores, an adverb, a quantifier, the outlet spoken to, a word with a pronoun
//! suffix, a present verb of two or more, a verb of saying, the next name joined by و, a
//! count, or a word in ة after a family name with the article — but not before a title that
//! is a name too. A noun with a glued preposition and its genitive (definite, or a body's
//! head noun) opens no name, nor does أمام (before), a count, a verbal noun of the second form
//! (`تعزيز`), a word in ة after a man's title, a verb in ي or ت before a definite word, or a
//! given name before a known name written as a hashtag. A kunya (`أبو`) and a given name are
//! a name by themselves. A person named in full is named again by the family name alone,
//! unless it is a given name too, definite and no nisba, or the name's walk ran on. The
//! sentences are made up.

use marsad_lexicon::Lexicon;

/// The texts of the spans the lexicon recognizes in `text`.
fn spans(text: &str) -> Vec<&str> {
    Lexicon::builtin().recognize(text, Some(2018)).iter().filter_map(|r| text.get(r.start..r.end)).collect()
}

/// Asserts that `name` is one of the spans recognized in `text`.
fn assert_found(text: &str, name: &str) {
    assert!(spans(text).contains(&name), "{name} in {:?}", spans(text));
}

/// Asserts that no span recognized in `text` holds `word`.
fn assert_no_span_holds(text: &str, word: &str) {
    assert!(!spans(text).iter().any(|s| s.contains(word)), "{word} in {:?}", spans(text));
}

#[test]
fn a_name_ends_before_a_title_in_construct() {
    assert_found("وقال طارق قابيل وزير التجارة إن الصادرات ارتفعت.", "طارق قابيل");
}

#[test]
fn a_name_ends_before_a_role_in_a_team_an_age_an_accusative_title_or_what_a_player_scores() {
    assert_found("وقال أنطونيو كونتي مدرب تشيلسي إن الفريق قوي.", "أنطونيو كونتي");
    assert_found("أبدى عصام الحضري حارس مرمى المنتخب المصري سعادته.", "عصام الحضري");
    assert_found("وسجل فيصل العتيبي هدفين في المباراة.", "فيصل العتيبي");
    assert_found("وقالت الشرطة إن سيرغي سكريبال البالغ من العمر 66 عاما بخير.", "سيرغي سكريبال");
    // A title in the accusative says what the named became.
    assert_found("وعين الحزب إبراهيم القناص رئيسا جديدا له.", "إبراهيم القناص");
    // The team after a role in construct is no name; a given name after it is.
    assert_no_span_holds("وسجل أنطوان غريزمان مهاجم أتلتيكو هدفين.", "أتلتيكو");
    assert_found("وقال مهاجم ليفربول محمد صلاح إن الفريق قوي.", "محمد صلاح");
}

#[test]
fn a_name_ends_before_an_adverb_or_the_outlet_spoken_to() {
    assert_found("وقال الرئيس محمد أورانغزيب لوكالة الأنباء إن الهجوم فشل.", "محمد أورانغزيب");
    assert_found("وظهر المخرج خالد يوسف بشكل مفاجئ في الحفل.", "خالد يوسف");
}

#[test]
fn a_name_ends_before_a_word_with_a_pronoun_suffix() {
    assert_found("ولقيت الصحافية ماري كولفين حتفها في حمص عام 2012.", "ماري كولفين");
}

#[test]
fn a_long_noun_with_his_suffix_ends_a_name_and_opens_none() {
    assert_found("وأعلن رئيس الوزراء هاني الملقي استقالته أمس.", "هاني الملقي");
    assert_no_span_holds("ويواصل رئيس الحكومة مشاوراته الاثنين مع قادة الأحزاب.", "مشاوراته");
    assert_no_span_holds("وأعلن رئيس الوزراء تقديم استقالته أمس.", "استقالته");
}

#[test]
fn operations_and_brigades_a_title_heads_are_no_names() {
    assert_no_span_holds("وقال رئيس عمليات لواء حسم العقيد عبدالله مطوان إن المعارك مستمرة.", "عمليات");
    assert_no_span_holds("وقال قائد لواء القوات الخاصة إن المعارك مستمرة.", "لواء");
}

#[test]
fn a_title_that_is_a_name_too_stays_in_the_name() {
    let text = "وشارك الفنان عادل إمام والكاتب مصطفى أمين في الندوة.";
    let found = spans(text);
    assert!(found.contains(&"عادل إمام") && found.contains(&"مصطفى أمين"), "{found:?}");
}

#[test]
fn a_name_ends_before_and_with_the_next_name_or_a_stop_word() {
    let text = "ويشارك في البطولة هاني سلامة وستيفاني صليبا ومحمد ممدوح.";
    let found = spans(text);
    assert!(found.contains(&"هاني سلامة") && found.contains(&"محمد ممدوح"), "{found:?}");
    assert_no_span_holds("وعرف أن حسن الصوت وكان يجيد الغناء.", "وكان");
    assert_found("وقال الناطق وسام الحسن إن المعارك توقفت.", "وسام الحسن");
}

#[test]
fn a_name_ends_before_a_quantifier_or_a_pronoun_on_a_preposition() {
    assert_no_span_holds("ونفى فؤاد كل ما نسب إليه.", "كل");
    assert_no_span_holds("وكشف مازن أن غسان لديه مصطلح جديد.", "لديه");
}

/// A name found after a title late in an article does not hide the names found from a given
/// name before it.
#[test]
fn names_before_a_titled_name_are_found_too() {
    let text = "يعتبر أحمد الرمضان، الخبير في شؤون التنظيم، أن الحملة فشلت. \
                وهنا يرى الخبير العسكري اللواء مأمون أبو نوار أن المعركة طويلة.";
    let found = spans(text);
    assert!(found.contains(&"أحمد الرمضان"), "{found:?}");
}

#[test]
fn a_name_in_a_hashtag_does_not_run_into_the_sentence() {
    assert_no_span_holds("ووقع ولي العهد السعودي الأمير #محمد_بن_سلمان مؤسس الشركة اتفاقا أمس.", "مؤسس");
}

#[test]
fn what_a_title_heads_is_no_name() {
    let texts = [
        ("وقال متحدث باسم شرطة المدينة إنه لا دليل على ذلك.", "شرطة"),
        ("وقال رئيس وحدة مكافحة الإرهاب في الشرطة إن التحقيق مستمر.", "وحدة"),
        ("وقال رئيس مجلس الإدارة إن الأرباح ارتفعت.", "مجلس"),
        ("واستقبله نائب رئيس مجلس الوزراء في مكتبه.", "رئيس"),
        ("وتطوع عضو بجمعية خيرية لجمع الطعام.", "بجمعية"),
        ("ووقع عليه رئيس الحكومة ووزير الداخلية أمس.", "ووزير"),
        ("وقال وزير الدولة لشؤون الشباب إن البرنامج بدأ.", "لشؤون"),
        ("ومنح الدستور سلطات واسعة للرئيس ولأجهزة الأمن.", "ولأجهزة"),
        // A noun with a glued preposition before a body's head noun is a construct.
        ("وسافر المرشح لتولي وزارة الخارجية إلى بكين.", "لتولي"),
        ("وقال المحلل السياسي ومقدم برنامج الحوار إن العقوبات فشلت.", "ومقدم"),
    ];
    for (text, word) in texts {
        assert_no_span_holds(text, word);
    }
}

#[test]
fn a_given_name_after_a_title_still_opens_a_name() {
    assert_found("وقال الرئيس بشار الأسد في خطاب إن الحرب انتهت.", "بشار الأسد");
    assert_found("وقال المتحدث وليد المعلم إن الاتفاق صامد.", "وليد المعلم");
    assert_found("وأكد الوزير ريكس تيلرسون أن المحادثات مستمرة.", "ريكس تيلرسون");
}

#[test]
fn a_name_ends_before_a_role_in_apposition_or_a_word_with_tanween() {
    assert_found("وقال كريس كمينغز المدير التنفيذي للجمعية إن السوق تتحسن.", "كريس كمينغز");
    assert_found("وامتنع بيتر كار المتحدث باسم المكتب عن التعليق.", "بيتر كار");
    assert_found("وقرر تعيين اللواء إسماعيل حسن زحزوح قائداً للعمليات.", "إسماعيل حسن زحزوح");
    assert_found("وعُيّن فادي حداد مديراً للمكتب في العام الماضي.", "فادي حداد");
}

#[test]
fn a_name_ends_before_kin_and_the_nouns_that_follow_it() {
    assert_found("وأصيب سيرغي سكريبال وابنته يوليا بغاز الأعصاب.", "سيرغي سكريبال");
    assert_found("ويقدم ياسر جلال دور ضابط في المسلسل.", "ياسر جلال");
    assert_found("وعين مكانه الفريق أول كمال عبد المعروف أمس.", "كمال عبد المعروف");
    assert_found("وحضرت ريما حداد ابنة الوزير الحفل.", "ريما حداد");
}

#[test]
fn a_name_ends_before_a_weekday_an_adverb_or_a_glued_word_past_its_second_word() {
    assert_found("وتوجهت الفنانة منال صباح الجمعة إلى المستشفى.", "منال صباح");
    assert_found("وظهر الفنان فضل شاكر مؤخرا في حفل خاص.", "فضل شاكر");
    assert_found("وقام الفنان سمير غانم بنشر صورة تجمعه بابنته.", "سمير غانم");
    assert_found("واختار الفنان إلياس المبروك لينتقل إلى المرحلة التالية.", "إلياس المبروك");
    assert_found("وقال الرئيس حسني مبارك بتلك الكلمات إنه باق.", "حسني مبارك");
    // A Maghrebi family name opens with بو.
    assert_found("وقال الوزير عبد الرحمن بوعنان إن الوضع مستقر.", "عبد الرحمن بوعنان");
}

#[test]
fn a_given_name_after_a_mosque_a_street_or_a_stadium_names_the_place() {
    assert_no_span_holds("بدأ المهرجان من مسجد نوري التاريخي وسط المدينة.", "نوري");
    assert_no_span_holds("وتقام المباراة على ملعب هزاع بن زايد في العين.", "زايد");
    assert_no_span_holds("ونقل الجرحى إلى مستشفى محمد الخامس بالرباط.", "محمد");
    assert_found("وقال نوري المالكي إن الحكومة ستبقى.", "نوري المالكي");
}

#[test]
fn a_name_ends_before_a_present_verb_of_two_or_more() {
    assert_found("ياسر عرفات وإسحاق رابين يوافقان على اتفاقية أوسلو.", "إسحاق رابين");
    assert_no_span_holds("ياسر عرفات وإسحاق رابين يوافقان على اتفاقية أوسلو.", "يوافقان");
    assert_found("وقال وزير الدفاع الإسرائيلي موشيه يعلون إن الهجوم فشل.", "موشيه يعلون");
    assert_found("وأشرف الرئيس هاري ترومان على إنشاء الإدارة.", "هاري ترومان");
}

#[test]
fn a_noun_with_a_glued_preposition_before_a_definite_word_opens_no_name() {
    assert_no_span_holds("وحث الأمين العام لمؤتمر النقابات رئيسة الوزراء على التحرك.", "لمؤتمر");
    assert_no_span_holds("وهنا قام الزفزافي وانتقد الإمام ومضمون الخطبة ووصفها.", "ومضمون");
    // A given name, even one that is a common word too, and a ruler's ordinal still do.
    assert_found("وقال اللواء وسام الحسن، رئيس شعبة المعلومات، إن", "وسام الحسن");
    assert_found("وفي عام 1952 قال البابا بيوس الثاني عشر إنه لا يرى ذلك.", "بيوس الثاني عشر");
}

#[test]
fn a_name_ends_before_a_present_verb_of_form_five_and_before_extent() {
    assert_found("وقالت رندة عاصي إن شقيقتها كانت مرحة.", "رندة عاصي");
    assert_no_span_holds("ومنذ ذلك اليوم ورندة تتألم لفراق شقيقتها.", "تتألم");
    assert_no_span_holds("وتوضح سمية مدى صعوبة إقناع الأهالي.", "مدى");
}

#[test]
fn a_preposition_glued_to_a_hamza_opens_no_name() {
    assert_no_span_holds("وطالب السفير بإخراج جرحى الحزب من المدينة.", "بإخراج");
    assert_no_span_holds("وطالب الرئيس الأمريكي بإدخال تعديل على الاتفاق.", "بإدخال");
    assert_no_span_holds("ووجه أصابع الاتهام إلى المدرب السابق لأتليتيك بيلباو.", "لأتليتيك");
    // The name after the title still is one.
    assert_found("وقال الرئيس التنفيذي لإنستغرام كيفن سيستروم إن القسم جديد.", "كيفن سيستروم");
}

#[test]
fn an_adverb_of_the_time_of_office_is_no_part_of_the_name() {
    assert_found("ووقع الاتفاق مع الرئيس الأمريكي حينذاك دوايت إيزنهاور.", "دوايت إيزنهاور");
}

#[test]
fn a_given_name_before_a_known_name_as_a_hashtag_is_no_person_of_its_own() {
    assert_no_span_holds("وانتقده الرئيس دونالد #ترمب مراراً.", "دونالد");
    assert_found("وانتقده الرئيس دونالد #ترمب مراراً.", "ترمب");
}

#[test]
fn a_presidents_wife_and_daughter_are_not_the_president() {
    assert_found("وكانت ميلانيا ترامب قد حضرت قمة الدول السبع.", "ميلانيا ترامب");
    assert_found("وقالت إيفانكا ترامب إن الزيارة ناجحة.", "إيفانكا ترامب");
}

#[test]
fn amam_before_a_definite_word_or_written_with_hamza_above_is_before_and_opens_no_name() {
    assert_no_span_holds("وتحدث الرئيس أمام البرلمان أمس.", "أمام");
    assert_no_span_holds("وتحدث الرئيس امام الصحفيين أمس.", "امام");
    assert_no_span_holds("وخسر الفريق الرئيس أمام نظيره.", "أمام");
    assert_found("وتحدث الفنان عادل إمام في الندوة.", "عادل إمام");
}

#[test]
fn a_verbal_noun_of_the_second_form_opens_no_name_after_a_title() {
    assert_no_span_holds("وبحث الرئيس تعزيز التعاون بين البلدين.", "تعزيز");
    assert_no_span_holds("وقال المدرب تدريب الفريق صعب.", "تدريب");
    // A given name of that shape still does.
    assert_found("وقال الشيخ تيسير التميمي إن المفاوضات توقفت.", "تيسير التميمي");
}

#[test]
fn a_kunya_and_a_given_name_are_a_name_alone() {
    assert_found("وقال أبو عبيدة إن المقاومة قصفت المستوطنات.", "أبو عبيدة");
    assert_found("قال أبو جعفر، الذي عاش في المنطقة، إن القصف استمر.", "أبو جعفر");
    assert_found("وأردف أبو زيد أن الوزيرين استعرضا الأوضاع.", "أبو زيد");
    // With name words after it, they are the name's.
    assert_found("وأعلن أبو هاشم الحموي، قائد الجيش، أن الهجوم بدأ.", "أبو هاشم الحموي");
    // A place so named is the gazetteer's.
    assert_no_span_holds("سيطر الجيش على مدينة أبو كمال الحدودية.", "أبو كمال الحدودية");
    assert_found("سيطر الجيش على مدينة أبو كمال الحدودية.", "أبو كمال");
    // أبو before a word that is no given name makes no person.
    assert_no_span_holds("وقال أبو الطفل إن المدرسة أغلقت.", "الطفل");
}

#[test]
fn a_name_ends_before_a_word_in_ta_marbuta_after_a_family_name() {
    assert_found("وتشغل لبنى العليان عضوية مجالس إدارات عدد من الشركات.", "لبنى العليان");
    assert_found("بمن في ذلك لجين الهذلول البالغة من العمر 28 عاما.", "لجين الهذلول");
    // Not after the second half of a compound given name, nor after آل (the house of).
    assert_found("وقال الكاتب عبد الناصر سلامة إن الحكومة أخطأت.", "عبد الناصر سلامة");
    assert_found("وقال الشيخ راشد آل خليفة إن الحكومة أخطأت.", "راشد آل خليفة");
}

#[test]
fn a_word_in_ta_marbuta_after_a_mans_title_opens_no_name() {
    assert_no_span_holds("ويمتلك الفريق فرصة التأهل للدوري الأوروبي.", "فرصة");
    assert_no_span_holds("وقال رئيس تحرير مجلة الحوادث إن العدد صدر.", "مجلة");
    // A given name in ة, even one that is a common word too, still opens one.
    assert_found("في عهد الشيخ خليفة بن حمد بدأت النهضة.", "خليفة بن حمد");
    // After a woman's title a name in ة is hers.
    assert_found("وقالت الممثلة نجمة إبراهيم إن الفيلم نجح.", "نجمة إبراهيم");
}

#[test]
fn a_verb_in_ya_or_ta_before_a_definite_word_opens_no_name_after_a_title() {
    assert_no_span_holds("وقال الرئيس الأمريكي يصف الاتفاق بأنه هائل.", "يصف");
    assert_no_span_holds("ويقال إن الرئيس تجاهل الأسئلة.", "تجاهل");
    // Foreign names in ي or ت, and before an epithet or a name written with أل.
    assert_found("وقال المدرب يورغن كلوب إن الفريق جاهز.", "يورغن كلوب");
    assert_found("في عهد الملك تحوتمس الثالث، بني المعبد.", "تحوتمس الثالث");
    assert_found("وغاب اللاعب الإسباني السابق تشابي ألونسو عن الحفل.", "تشابي ألونسو");
}

#[test]
fn a_count_opens_no_name_after_a_title() {
    assert_no_span_holds("وقال مدير أحد المحال إن الأسعار ارتفعت.", "أحد");
    assert_no_span_holds("وتولى منصب رئيس الوزراء ثلاث مرات.", "ثلاث");
}

#[test]
fn a_name_ends_before_a_count() {
    assert_found("ويعد جلال أمين أحد أعلام الفكر الاقتصادي.", "جلال أمين");
    assert_found("وقضت محكمة بسجن الممثل سلمان خان خمس سنوات.", "سلمان خان");
    // Not before عشر completing a ruler's ordinal, nor a ten in ون that is a surname.
    assert_found("وقال الملك كارل السادس عشر غوستاف إنه سيغيب.", "كارل السادس عشر غوستاف");
    assert_found("وقال القاضي روبرت ستون إن المزاعم باطلة.", "روبرت ستون");
}

#[test]
fn a_name_ends_before_a_verb_of_saying() {
    assert_found("وقال خبير المياه السوداني أحمد المفتي يرى أن الاجتماعات فشلت.", "أحمد المفتي");
    assert_found("لكن خديجة الرياضي تقول إن القانون لم يحل المشكلة.", "خديجة الرياضي");
    // Nor runs over the verb of an event (alone or opening its phrase).
    assert_found("وقال مساعد وزير الخارجية التركي سادات أونال استدعى سفير السعودية.", "سادات أونال");
    assert_found("وقالت منظمات حقوقية إن سمر بدوي احتجزت الأسبوع الماضي.", "سمر بدوي");
}

/// The family-name mentions of `text`: the spans whose canonical name is another span.
fn later_references(text: &str) -> Vec<(String, String)> {
    let recognized = Lexicon::builtin().recognize(text, Some(2018));
    recognized
        .iter()
        .filter_map(|r| match &r.entity {
            marsad_lexicon::Entity::Actor { id: None, canonical: Some(full), .. } => {
                Some((text.get(r.start..r.end)?.to_string(), full.clone()))
            }
            _ => None,
        })
        .collect()
}

#[test]
fn a_person_named_in_full_is_named_again_by_the_family_name() {
    let text = "أعرب السفير الروسي، أناتولي أنتونوف، عن قلقه. وحذّر أنتونوف من العدوان. وقال عصام الحضري إن \
                الفريق جاهز، وأضاف الحضري أن المباراة صعبة.";
    let references = later_references(text);
    let pair = |short: &str, full: &str| (short.to_string(), full.to_string());
    assert_eq!(references, [pair("أنتونوف", "أناتولي أنتونوف"), pair("الحضري", "عصام الحضري")]);
    // Not before the full name, not a given name, not a common noun with the article.
    assert!(later_references("وحذّر أنتونوف من العدوان. وقال أناتولي أنتونوف إن الأمر خطير.").is_empty());
    assert!(later_references("وقال محمود عباس إن الأمر خطير. وأضاف عباس أن الحل قريب.").is_empty());
    assert!(later_references("وقال كابتن الفريق إن الأمر خطير. وأضاف الفريق أنه مستعد.").is_empty());
}

#[test]
fn a_name_set_off_by_commas_after_its_title_or_before_it_is_a_person() {
    // After a title and its nationality, one comma may stand before the name, which then
    // opens with a given name (a common word too) and closes with a comma of its own.
    let text = "في قضية اختفاء الصحفي السعودي، جمال خاشقجي، شخصيا. وتحقق من مسار خاشقجي.";
    assert_found(text, "جمال خاشقجي");
    assert_eq!(later_references(text), [("خاشقجي".to_string(), "جمال خاشقجي".to_string())]);
    assert_no_span_holds("وقال الرئيس، في كلمة أمام البرلمان، إن الاتفاق صامد.", "في كلمة");
    // Before a comma and a title, a name opened by any given name.
    assert_found("وقال جمال الشيال، الصحفي في القناة الإنجليزية، إن الموظفين غادروا.", "جمال الشيال");
}

#[test]
fn a_family_name_refers_to_the_first_person_named_with_it() {
    // The second naming comes first in the walks (a title opens it); reading order decides.
    let text = "وقال مايكل كوهين إن الأمر انتهى. وأضاف كوهين أنه غادر. وكان المحامي السابق، مايكل كوهين، \
                قد اعترف. وقال كوهين إنه نادم.";
    let references = later_references(text);
    assert_eq!(references.len(), 2, "{references:?}");
    assert!(references.iter().all(|(short, full)| short == "كوهين" && full == "مايكل كوهين"));
}

/// The lexicon ids and spans of the persons `text` names.
fn lexicon_persons(text: &str) -> Vec<(String, String)> {
    let recognized = Lexicon::builtin().recognize(text, Some(2018));
    recognized
        .iter()
        .filter_map(|r| match &r.entity {
            marsad_lexicon::Entity::Actor { id: Some(id), actor_type: "person", .. } => {
                Some((text.get(r.start..r.end)?.to_string(), id.clone()))
            }
            _ => None,
        })
        .collect()
}

#[test]
fn a_person_of_the_lexicon_named_in_full_is_named_again_by_the_family_name() {
    let text = "وقال وزير الخارجية البريطاني جيريمي هانت إن بلاده قلقة. وأضاف هانت أن الحل قريب.";
    let persons = lexicon_persons(text);
    assert_eq!(persons.len(), 2, "{persons:?}");
    assert_eq!(persons[1].0, "هانت");
    assert_eq!(persons[0].1, persons[1].1);
    // Not before the full name; a ruler's ordinal never stands for him (`كانون الثاني`).
    assert_eq!(lexicon_persons("وأضاف هانت أن الحل قريب. وقال جيريمي هانت إن بلاده قلقة.").len(), 1);
    let king = "واستقبل الملك عبد الله الثاني الوفد. وفي 15 كانون الثاني قررت الحكومة رفع الأسعار.";
    assert_eq!(lexicon_persons(king).len(), 1, "{:?}", lexicon_persons(king));
}

#[test]
fn a_compound_given_name_with_abd_opens_a_name() {
    assert_found("وقال عبد الرحمن الراشد إن الأزمة طويلة.", "عبد الرحمن الراشد");
    assert_found("ويقول عبد الباسط بن هامل إن الجنوب مهم.", "عبد الباسط بن هامل");
    // Its family name alone names the person again.
    let text = "وأكد عبد العزيز محمد الهوساوي أنه غادر. وقد توجه الهوساوي إلى إسطنبول.";
    let references = later_references(text);
    assert_eq!(references, [("الهوساوي".to_string(), "عبد العزيز محمد الهوساوي".to_string())]);
}

#[test]
fn a_name_walk_ends_at_a_name_the_lexicon_knows_glued_to_a_preposition() {
    assert_found("وقال عبد الحليم لبي بي سي إن رفع الفائدة متوقع.", "بي بي سي");
    assert_no_span_holds("وقال عبد الحليم لبي بي سي إن رفع الفائدة متوقع.", "لبي");
}

#[test]
fn a_family_name_after_a_word_of_descent_is_named_again_with_it() {
    let text = "وقال الشيخ سلطان بن سحيم إن الأسرة ترفض ذلك. وأضاف بن سحيم أن الحل قريب.";
    assert_eq!(later_references(text), [("بن سحيم".to_string(), "سلطان بن سحيم".to_string())]);
    // Not a son's or a brother's name, the descent after another given name.
    let text =
        "وكان أسامة بن لادن يتزعم تنظيم القاعدة. ويقود حمزة بن لادن التنظيم. وقال بن لادن إن الحرب طويلة.";
    let spans: Vec<String> = lexicon_persons(text).into_iter().map(|(span, _)| span).collect();
    assert_eq!(spans, ["أسامة بن لادن", "بن لادن"]);
    let last = text.rfind("بن لادن").unwrap_or_default();
    let osama = Lexicon::builtin().recognize(text, Some(2018));
    assert!(osama.iter().any(|r| r.start == last), "{osama:?}");
}

#[test]
fn a_word_of_naming_opens_a_name_unknown_before_but_not_one_in_the_accusative() {
    assert_found("واعتقلت الشرطة شابا يدعى كاووس سيد إمامي أمس.", "كاووس سيد إمامي");
    assert_found("واعتقلت الشرطة المدعو كاووس إمامي أمس.", "كاووس إمامي");
    assert_no_span_holds("وحضر فيليباو كما يدعى مدرباً لمنتخب البرازيل.", "مدرباً");
}

#[test]
fn a_family_name_after_a_particle_stands_whatever_letter_it_opens_with() {
    assert_found("قال لويجي دي بياجيو إن بوفون سيعود إلى المنتخب.", "لويجي دي بياجيو");
    assert_found("وسجل كيفن دي بروين هدفين في المباراة.", "كيفن دي بروين");
}

#[test]
fn foreign_given_names_open_names_the_lexicon_does_not_know() {
    assert_found("وقال كريستيان ليندمير، المتحدث باسم المنظمة، إن الهجمات تصاعدت.", "كريستيان ليندمير");
}
