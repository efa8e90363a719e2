"""Families the one-rule sets and the thirteenth held-out set showed, each with the plain
wording that shares its words: sign-offs said plainly, hearsay through others and hunches,
debunks and hedge words that qualify a word, court results by surname, names from more
languages, and brands or places that look like names."""

import pytest

from .helpers import rules, spans

pytest_plugins = ["tests.rules.helpers"]


@pytest.mark.parametrize(
    ("text", "marker"),
    [
        ("Catch ya later, Blyth! Day's done for us.", "Day's done"),
        ("Last post from us today, Stroud. Speak tomorrow.", "Last post from us"),
        ("Last tweet from us tonight. Back at 7am, Newtown.", "Last tweet from us"),
        ("Stood down for the night, the Settle officers are back in the morning.",
         "Stood down for the night"),
        ("All done, Crewe. Off till tomorrow.", "Off till tomorrow"),
        ("The Larne team are heading off. We'll check messages on Friday.", "team are heading off"),
        ("Time for us to go, Pontypridd. Take care tonight.", "Time for us to go"),
        ("Weekend starts here for the Bedford team.", "Weekend starts here"),
        ("Night from Lerwick! Back online tomorrow.", "Back online tomorrow"),
        ("The desk is closed until 8am Monday. Please call 101.", "desk is closed"),
        ("This account isn't monitored until 7am tomorrow.", "isn't monitored until"),
        ("We've handed over to our colleagues on nights. Enjoy your evening.",
         "handed over to our colleagues on nights"),
        ("Our shift has finished, thank you all.", "Our shift has finished"),
        ("laterz lurgan, we're away off for the night.", "laterz"),
        ("L8rs all, Penzance team off till Monday.", "L8rs"),
        ("Oíche mhaith from the Downpatrick team.", "Oíche mhaith"),
        ("gnite Cramlington 💤", "gnite"),
        ("Hometime Ashington 😊 back tomorrow", "Hometime"),
        ("👋🌙 from the Tenby team", "👋🌙"),
        ("Us lot are off now. Night, Oldham.", "Night, Oldham."),
        ("Off shift and away to watch the match.", "Off shift"),
    ],
)
def test_sign_offs_said_plainly_are_off_duty(ctx, text, marker):
    assert marker in spans(text, ctx, "off_duty")


@pytest.mark.parametrize(
    "text",
    [
        "Back on Monday: free bike marking returns to the Old Market, 10am till 2pm.",
        "Organisers said goodnight to a record crowd, and not a single arrest.",
        "If someone you met online sends goodnight messages and then asks for money, it's a scam.",
        "Students heading home for the holidays: take your laptops with you.",
        "The road is off until Monday while the bridge is repaired.",
        "We're heading off to the school fair now to talk about bike safety.",
        "Our late shift starts at 2pm and runs until midnight.",
    ],
)
def test_events_advice_and_shift_talk_are_not_sign_offs(ctx, text):
    assert "off_duty" not in rules(text, ctx)


@pytest.mark.parametrize(
    ("text", "marker"),
    [
        ("Heard from a few dog walkers that a lad on a scrambler has been chasing sheep.",
         "Heard from a"),
        ("At the fete one of our PCs was told a stolen caravan is hidden on a farm.",
         "one of our PCs was told"),
        ("Someone mentioned to us on patrol that there's a cannabis grow above the shops.",
         "Someone mentioned to us"),
        ("Gut feeling? Same group who did the sheds in Louth last autumn.", "Gut feeling"),
        ("More graffiti on the memorial. Kids from one of the outlying villages, most likely.",
         "Kids from one of the outlying villages, most likely."),
        ("Smart money says the sheds were picked because they back onto the cycle path.",
         "Smart money says"),
        ("Parents have been messaging each other that a man tried to entice a child.",
         "have been messaging each other"),
        ("Word among the stallholders is that the fake notes came from one trader.",
         "Word among the stallholders is that"),
        ("Wee bird tells us there's been some bother at the skate park.", "Wee bird"),
        ("Presumably it's the same vandal again.", "Presumably"),
        ("Not 100% on this but there may have been a break-in at the sports club.",
         "Not 100% on this"),
        ("Someone on the Buxton community page is saying the nest was raided.",
         "Someone on the Buxton community page is saying"),
        ("It looks like the same gang has moved on to Tewkesbury.", "It looks like the same gang"),
        ("Taxi drivers in Inverness reckon a gang is siphoning diesel.",
         "Taxi drivers in Inverness reckon"),
        ("A neighbour told PCSO Kaur that cannabis is being grown in a loft.",
         "A neighbour told PCSO Kaur that"),
        ("Local Facebook groups are saying there's been a flasher by the canal.",
         "Facebook groups are saying"),
        ("We're told, though nothing has been confirmed, that a boxing event is planned.",
         "though nothing has been confirmed"),
    ],
)
def test_hearsay_through_others_and_hunches_are_rumours(ctx, text, marker):
    assert marker in spans(text, ctx, "rumour")


@pytest.mark.parametrize(
    "text",
    [
        "Apparently harmless messages asking 'is this you?' are a hacking scam.",
        "Supposedly 'free' trial offers often lead to monthly charges.",
        "Seemingly small things like locking your shed make a big difference.",
        "We don't deal in hearsay. If you know who did it, report it.",
        "Gossip isn't evidence. If you saw the assault, call 101.",
        "If you hear gossip about where drugs are sold, tell us on 101.",
        "Unconfirmed information can do real harm. Check our page first.",
        "People on Facebook are saying the carnival is cancelled. It hasn't.",
        "A Facebook post says dog thieves are touring Ballymena. It's false: stop sharing it.",
        "Not confirmed yet: the date of our next beat meeting. We'll post it here.",
        "We can't say for sure when the footbridge will reopen.",
        "Word is out about our bike marking days! Bring your bike on Saturday.",
        "People are saying they're not sure where to report fly-tipping. It's the council.",
        "We understand from the council that the road will reopen at 6pm.",
        "We understand from a local council officer that the road will reopen at 6pm.",
        "Looks like the weather might be good for the fun run on Sunday!",
        "The alarm was loud enough, we reckon.",
    ],
)
def test_debunks_schedules_and_hedged_qualities_are_not_rumours(ctx, text):
    assert "rumour" not in rules(text, ctx)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Swansea Magistrates' this week: Bevan: 12 weeks suspended, shoplifting.", "Bevan"),
        ("Kowalczyk: guilty of theft, 80 hours' unpaid work.", "Kowalczyk"),
        ("We're still keen to trace Haddock. He failed to appear at court.", "Haddock"),
        ("The judge told Tranter his driving had been utterly selfish.", "Tranter"),
        ("Yonas Tesfaye, who moved to Cardiff two years ago, stepped in to help.",
         "Yonas Tesfaye"),
        ("Dearbhla Ní Bhriain, who runs the youth club, helped us set it up.",
         "Dearbhla Ní Bhriain"),
        ("Paul Smith, 42, from Stevenage, has been banned from keeping animals.", "Paul Smith"),
        ("arrests tonite - shane doyle & lee mccann. both in custody", "lee mccann"),
        ("ta to the security guard, craig mellor", "craig mellor"),
    ],
)
def test_court_results_hurried_and_other_languages_names_are_names(real_ctx, text, name):
    assert any(name in span for span in spans(text, real_ctx, "name"))


@pytest.mark.parametrize(
    "text",
    [
        "Missing: Jayden, 14, from Gorton. He was last seen near Belle Vue leisure centre.",
        "Well done to young Ffion, 11, who handed in a lost purse.",
        "The Mr Whippy van in Rhyl had its windscreen smashed on Sunday.",
        "Two pairs of Dr Martens boots, still tagged, were found in a rucksack.",
        "Four bottles of Jack Daniel's were taken from the supermarket.",
        "Owain Glyndŵr Day events in Corwen go ahead on Saturday.",
        "Travis Perkins in Stanley had its yard broken into overnight.",
    ],
)
def test_first_names_alone_places_and_brands_are_not_names(real_ctx, text):
    assert "name" not in rules(text, real_ctx)


def test_a_wallaby_hopping_along_a_road_is_no_pun(ctx):
    text = "A wallaby was reported hopping along the B5105 near Ruthin this morning."
    assert "joke" not in rules(text, ctx)


def test_welsh_hearsay_is_a_rumour(ctx):
    text = "Yn ôl y sôn, mae rhywun wedi bod yn dwyn beiciau. Heb ei gadarnhau eto."
    assert "Yn ôl y sôn" in spans(text, ctx, "rumour")


@pytest.mark.parametrize(
    "text",
    [
        "He drove off in her white Kia Picanto. Call 101 quoting incident 612.",
        "Robin Hood's Bay car park is full; please don't park on the verges.",
    ],
)
def test_cars_after_a_colour_and_legendary_places_are_not_names(real_ctx, text):
    assert "name" not in rules(text, real_ctx)


@pytest.mark.parametrize(
    ("text", "rule", "marker"),
    [
        ("That's us lowsed for the night. Cheers Motherwell.", "off_duty", "That's us lowsed"),
        ("off 2 bed now, gn Heywood x", "off_duty", "off 2 bed"),
        ("hearin loads of chat bout a knife at the skatepark, nuthin confirmed yet.", "rumour",
         "hearin loads of chat"),
        ("Could the thefts in Bedford be the work of the gang from Luton?", "rumour",
         "be the work of the gang"),
        ("We've been told Kieran Doherty might be behind the thefts.", "rumour",
         "We've been told Kieran Doherty"),
        ("Cold callers are apparently targeting bungalows in Leek.", "rumour", "apparently"),
    ],
)
def test_the_fifteenth_sets_wordings_are_flagged(ctx, text, rule, marker):
    assert marker in spans(text, ctx, rule)


@pytest.mark.parametrize(
    "text",
    [
        "Fraudsters are texting people saying a parcel apparently couldn't be delivered.",
        'Cold callers claim "we\'ve heard there were burglaries on your street" to sell alarms.',
        "Callers claiming to be from your bank say your account has supposedly been hacked.",
        "Heard a loud bang near Tewkesbury around 3pm? That was a controlled explosion.",
        "People are saying thank you in their hundreds after the pensioner was found safe.",
    ],
)
def test_scammers_words_questions_and_thanks_are_not_rumours(ctx, text):
    assert "rumour" not in rules(text, ctx)


@pytest.mark.parametrize(
    "text",
    [
        "Proud moment: 14 new PCSOs joined the Lancashire family today.",
        "Meet Fletcher, the therapy dog who now visits our custody suite.",
        "Two men took £600 of Jo Malone fragrance from a store in Chester.",
    ],
)
def test_organisations_animals_and_brands_are_not_names(real_ctx, text):
    assert "name" not in rules(text, real_ctx)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Thanks to Gary Smith, the dog walker who found her.", "Gary Smith"),
        ("Our thoughts are with the Fairclough family.", "Fairclough"),
    ],
)
def test_people_beside_those_words_are_still_names(real_ctx, text, name):
    assert name in spans(text, real_ctx, "name")


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("No joke: four in ten crashes on rural roads involve a driver going too fast.", "joke"),
        ("PC Oyelaran got to the end of a night shift without losing his hat.", "off_duty"),
        ("The new shift pattern puts more officers on duty on Saturday nights over the summer.",
         "off_duty"),
        ("Storm Darragh is expected to bring gusts of up to 80mph on Saturday.", "name"),
    ],
)
def test_the_sixteenth_sets_look_alikes_are_left_alone(real_ctx, text, rule):
    assert rule not in rules(text, real_ctx)


def test_texting_clock_offs_are_off_duty(ctx):
    spans_found = spans("ok thats us clockin off, c ya 2moro Rotherham x", ctx, "off_duty")
    assert "clockin off" in spans_found
