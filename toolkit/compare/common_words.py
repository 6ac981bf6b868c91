"""Common words of en/uk/ru (generated; do not edit by hand).

Built by bench/make_common_words.py: the words (uk/ru: pymorphy3 lemmas) written
in lowercase at least as often as capitalised mid-sentence in the NTREX-128 dev
documents (and, for English, the PARICE English side), plus the lemmas of the
antonym and modality lexicons. names.py does not count a capitalised word of these
lists as a name ("an Ally", "Союзником") unless it is in the alias table or matches
a name of the other side.
"""

from __future__ import annotations

EN_COMMON_WORDS = frozenset(
    (  # noqa: SIM905
        """
abandon abbreviation abdomen ability able aboard about above absolutely academia academic
academy accept acceptable accepted accepting access accessibility accessible accessories
accompanied accomplished accordance according accordingly account accounts accusation
accusations accused accuser achieve achievement achieves achieving acknowledged acquaintance
acquisitions across act acted acting action actions active actively activities actual actually
acute added adding addition additional address addressing adjust administration admired
admission admitted adopt adopted adorable adorned adrift ads adult adults advance advancing
advantage adventure adversary advice advised adviser advisers affair affect affected affects
affiliate afford affordable after afternoon afternoon's aftershocks afterwards again against age
aged agencies agency agent agents ages aggressive agility ago agree agreed agreement agreements
ahead aid aide aimed aiming aims ain't air airing airline airlines airmen airport aisles albeit
album aliens alike alive all allegation allegations alleged allegedly alleges allow allowed
allowing alluring ally almost alone along already also altering alternative alternatives
although altitude altogether always ambassadors ambulance amiable among amount amounts amusing
analyses analysing analysis analyst analysts anarchy anatomy anchor and anger angry animal
anniversary announce announced announcements announcing annual annum anonymity anonymously
another answer antenna antennas anticipates anxious any anyone anything apart apartment
apparently appeal appealed appealing appeals appear appearance appeared appears applicable
applications applied apply appointment approach approaches approaching appropriately approve
approximate approximately architects are area areas aren't argue argued argues arguments arid
arise arisen arising armies armour army around arrest arrested arrival arrive arrived arriving
artery article artificial artists arts artwork ascertain ashamed ashore aside ask asked aspects
ass assault assaulted assaulting assess assets asshole assholes assist assistance assistants
assisting associated astronomers astronomical astronomy athlete athletes athletic athletics
atmosphere atmospheric atoned attack attacked attacker attacking attacks attempt attempted
attempts attend attendants attended attendee attendees attending attitude attract attractive
audience audits aunt aunt's author authorised authorities authorized automatically autumn
available average averaged avoid avoided awaiting awaits award aware away awful babbling
babblings baby babys back backed background backlash bacon bad badly bag bags baked balance ball
ballistic ban bar barbecue barely barring bars based bases basis basketball bat batons bats
battalion battle battles beach bear beast beat beautiful beauty became because become becomes
becoming been before beforehand began begin beginning behalf behaviour behest behind beige being
bejeweled belief believe believed believes believing belligerent bells belly belong belongings
bench benchmark beneficial benefit benefits berated best bet betray better betting between
beyond bid big bigger biggest bike bilateral billion billionaire birthday bit bitch bittersweet
bizarre black blacks blade blades blamed bleak blessing blind block blockade blood bloody bloom
blue blunt board boast boastful boat boats bodies bodily body body's bogey bogeys boisterous
bolster bolstered bomber bond bonnets book booked books boos boost boosted boosting boot border
bore born both bottom bought bounds bout bowed box boy boycott boycotting boys brain branch
brand branded brands brawn break breakdown breaking breakthrough breast breathing bridge brief
briefing briefly bright brilliant brilliantly brim bring bringing brings brittle broad broadcast
broadcasters broadened broadly broke broken broker bronze brother brought brown brush budget
budgets bugs build building buildings built bumbling burden bureau's burnt bus business busy but
buy buyers buying cab cabinet cable calamity calibrated call called calling calls came camera
cameraman cameras camp campaign campaigner camped can can't cancelled cancer cancers candidate
candidates cannot cap capabilities capacity capital capitals captain captained captive captured
car card carded cards care career carillon carmaker carmakers carried carry carrying cars case
cases cash cast castaway catching category cats catwalk caught cause caused causing cavities
cease celebrated celebration cells cements cent central centre centred centres century ceremony
certain certainly chain chains chair chairman chairs challenge challenges champion chance
chances change changed changes changing chanted chanting chaos chap character characterised
characteristic charge charged charges charismatic charitable chart cheap cheaper check checking
checks cheek cheerful chef chemical chemist's chest chicken chief chiefs child children
children's chilly chimes choice choke choked choose chose chosen chunk church churches
cigarettes cinemagoing circulated circumstances cited cites cities citing citizen citizens
citizenship city civilization clad claim claims clanging clash clashed clashes clear cleared
clearly cleric climate climb climbing clock close closed closes closure closures clothes clouds
club coach coastline cock coercive cold collaboration collaborator collapse colleague colleagues
collected collection collects collided collision colorectal colourful com combat combatant
combating combination combined combining come comedy comes comforting comic coming commander
commemorative commenced commend commendation comment comments commercial commissioned commit
commitment committed committees common commonly communities community companies company compare
compared comparing comparisons compatible compelling compensation competed competence
competition competitions competitive competitiveness competitors compiled complained complaints
complete completely complex complicated components composition compound comprehensive compromise
compromised compromises computer conceal conceded concentrations concept concern concerned
concerning concerns concerts concessions concluded concomitant condemn condition conditional
conditions condominiums conduct conducted conducts cone conference confidence confidently
confirm confirmation confirmed conflict confrontation confused congregation congregations
congresswoman connect connection conscious consensus consent conservation conservative consider
considerable considerably consideration considered consign consigned conspiracy consternation
constituents construct construction consultancy consultant consultation consumer consumers
contact contain content context continually continue continued continues continuing contracting
contractors contrast contribute contributed contributing contribution contributions control
controlling controls controversial convenience convenient convenor conversation conversations
converted convicted convinced cool cooler coop cooperation cope cordon core corner corporate
corporates correct correspondent corresponding corroborated cost costly costs could couldn't
councils counselor count counterfeit counties counting countries country country's counts couple
courage course courses court's courtyard cousin cousin's couture covered covering covers cracks
crap crash crashed crashes crazy cream create created creating creation creations creator
creature credible credit crediting crew cried crime crimes criminal critic critical criticise
criticised criticism criticize cross crossed crossings crowd crucial cruel crutch cry crying
cubic cult cultural culture current currently cursed custody customers cut cute cuts cyber
cycled cyclist cyclones dad daft daily damage damaged damn dangerous dangerously dare dark
darkness dash dashcam data daubed daughter day day's days dazzled dead deadlock deadly deal
dealing death debate debris debut decade decades deceased decide decided decision decisions
decisive declaration declared decline declined decorated decorates decrease decreasing
decriminalise decriminalised dedicate dedicated dedication deemed deep deepen deepended deepened
deepening deeper deeply defeat defections defector defectors defence defend defendant defended
defender defenders defense defensive define definitely degrade degree degrees delayed delays
delegates delegations deliberations delighted delivered delivering demand demanded demands
demarcated demolish demonstrated demonstration demonstrations denied denounce denuclearisation
denuclearization denuclearizes deny denying depart department's departments departure dependent
deported depraved depressed depression deprive depths described describes describing
descriptions descriptors deserts deserved design designed designer designers designs despair
desperately despite destination destroy destroyed destroys destruction detached detachment
detailed detailing details detain detained detectors detention deter determine determined
devastated devastating devastation developed development devil devolved diagnosed diameter
diatribe dice did didn't die died dies differ difference differences different difficult dig
diligence diocese diocese's diplomat diplomatic diplomats dips dire direct directions directly
directness director directors disability disabled disagreements disappear disappearance
disappoint disappointed disarm disarmament disaster disasters disclose discount discounters
discovered discrimination discuss discussed discussing discussions diseases disgrace disguised
disjointed dislike dismantle dismantling dismay dismiss dispatched display disqualification
disruption dissimilar distance distant distinct distinction disturb dive diver diversions
divided diving division document documents does doesn't doing dole dollop domestic dominated
don't done door double doubled doubles doubling doubt doubting doubts doughnuts down downcast
downs dozens draft drafting drag dragged drama dramatic dramatically draw drawn draws dream
dreamt dressed drifted drilled drills drink drive driven driver drivers drives driving drop
dropped drought drug drunk drunkenly dry dude due dug dump during dust duty dwell dying dynamite
each eared earlier early earners ears earth earthquake ease easier easiest easily easing eastern
easy eaten eavesdrops echo economic economy edge education educator educators effect effectively
effects effort efforts eggs eight eighth either elderly eldest elect elected election elections
electric electrician electronic elephant elevation elevator else email embattled emerge emerged
emergency emission emotional emotionally emotions emphasis employed employee employees employer
employers employing employment empowered empty enabling encountering encourage encouraged
encouragement end ended ending endorse ends enemy energy enforcement engagement engineered
engineers enhance enhances enjoy enjoyed enjoying enlisting enormous enough ensure enter
entering entertaining entertainment enthusiasm entire environment environmental envoys episode
equalised equaliser equalizer equipment equipped equivalent era errands errors eruption escape
especially espionage essential establish established establishment estate estimated estimates
etc evacuated evacuation evaluate evaluated eve even event events eventual eventually ever every
everybody everyday everyone everything evicted evictions evidence evident evil exact exactly
examination example exceed excellent except exceptional exceptions excercise excess exchanged
exciting exclude excluded excursions executed executive exercise exercises exile existance
existing exits expansion expect expectations expected expecting expects expensive experience
experienced experiencing expert expertise experts explained explains explore export exported
exports exposed express extend extended extends extensive external extra extracting
extragalactic extramarital extraordinary extreme extremely eye eyed eyes face faced faces
facilitator facilitators facilities facility factor factors factory fades fading fail failed
failing failure fair fake fall fallen falling false familiar familiarise families family famine
famous fans fantastic far farcical faring farm farmer farther fascinating fashion fast faster
fatal fatale fatally fate father fatigue fault favor favour favoured fear feared fears feasible
feat feather features fed federal fee feed feeding feel feelgood feeling feelings feels feet
fell fellow felt female females femme fervent festival feverish few fewer field fieldwork fierce
fifth fight fightback fighting figure figured figures filed filled filling film films final
finale finally finals financial find finding findings finds fine fined fingerprints finish
finished finishing fire fired firing firm firms first fissures fitful five fix fixed fixing flag
flank flanker flash flat flats fled flee fleet flicked flight flood flooding floods floor flow
flowing flows fly flying flypapers focus focused foe fog fold follow followed following food
foot footage football footed for forbid force forced forcefully forcibly foreign forensic
forever forged forget forgetting forgiveness forgotten form formal formally format formation
former forms fortnight forward fossil fostered found founded four fourballs foursomes fourth
frame franchise free freed frequency frequent friend friendly friends fringing frog from front
frustrated frustration fry fuck fucking fuels fugitive fulfilled full fully fun function
functioning fund fundamentally funded funding funds funny furher furious further furthering fury
future gags gained gaining gallantry gallop galvanised game game's games gangster gap garden
garden's gardens garment gas gathered gathering gatherings gave gay gear gears generally
generation generations generous genitals genre gentleman genuine get gets getting ghost gift
gifts girlfriend girls give given gives giving glacial glacier glaciers glad glamour glasses
glides gliding global glory goal goalkeeper goals goddamn goes goggles going gold golds golf
golfer gone gonna good goodbye goodwill goosebumps got governing government governments governor
grab grabbed gradual graft grand grandfather's grandsons granting grants grasp gratitude gray
great greater greatest greatfully greatly green grew grey grid grieve grim grin gripping grocery
groped ground group groups grow growing grows growth grueling guarantees guess guestbook guests
guidance guide guides guiding guilt guilty gun guns gunshot gutted guttural guys habitat habits
hacker had hailed half halftime halfway hall hallway halt hamper hand handball handed handle
handled hands hanging happen happened happening happens happier happy harass hard hardened
harder hardest harm harmonisation harsh has hasn't hasten hat hate hatred hats haute have having
havoc he'd he'll he's head headache headed header heading headquarters heads headset headwear
heals health heaped hear heard hearing heat heatwave heavily heavy hectares heeled heels
heightened heinous heir held helicopter helmet help helped helping helps her here hero heroes
herself hide high higher highest highlighted highly highs highway hijacked hike hiking him
himself hinder hip hired hiring his historic historical history hit hitched hitchhike hitting
hockey hog hoggery hold holding hole holed holes home homeless homes hometown homeware
homosexuality honour honoured hop hope hoped hopeful hopes hoping horrible hospital hospitality
hospitals host hostages hosted hostile hosts hot hotel hotels hour hours household households
houses housing how however hubris huge hugely human humanitarian humans humbling humid humility
humour hundreds hung hunger hunt hunting hunts hurled hurt husband huts hyphen ice idea ideal
identical identidy identified identify identities ideological ignorant ignore ill illegal
illegally illegitimate illness image images imagination immediate immediately immense immigrant
immigrants immigration immune impact impair impassioned impeachment impenetrable implications
import importance important imports imposed impossible impractical impressive impressively
imprison imprisoned improve improved improving inaccessible inadequate inappropriate inches
incident include included includes including income incompetent increase increased increases
increasingly incumbent indeed independence independent indicates indictment indigenous indignity
indisputable individual individually individuals indoor indoors industry ineligible inequality
inevitable inexpensive inexpressible infected infectious inferior infiltrated inflatable
inflicted influence inform information informed informing ingredient initial initiative inject
injured injuries injury inner innocence innocent innovation innovative inquisitive inside
insists inspections inspiration inspirational inspired installed instant instead institutions
instruction instructor instrument instruments insurgency integration intensify intent intention
intentionally interactions interest interested interests interferes interfering interferometer
interferometry interior internal international internet interrupting interview into intoxicated
introduce introduced invariably invented inventive inventory invested investigating
investigation investigators investment investor invests invincible invitation invite invited
involve involved involves involving irreplaceable irritation ischemic isolated issue issued
issues it's its itself jacket jail jeep jeeps jeopardizing jinks job jobs join joined joint joke
joked jolly joy joyful jump junction jurist jury just justice justify keen keep keeper keeping
keeps kept key kick kicking kid kidding kids kill killed kilometres kin kind kindly king kleinur
knee knees knew knock knocked know knowing knowledge known knows l'm lab label laboratory labour
lack lacking lacks ladder laddie lady lagoon laid land landed landfall landlocked landscape
landslides lanes language lap laps large largely larger largest last late later latest latter
laugh launch launched lavatories law lawful lawmaker lay layers lazy lead leader leaders
leadership leading leads leak leap leaping learn learned least leather leave leaven leaves
leaving led leeway left legal legislation legislator legitimacy legitimate legs leisure lengthy
less lessons let lethal lets letter leukaemia level levelling levels leveraging levied liberal
licence lie lied lies life lifetimes light lighting like likely likes limit limited line lines
linesman linger link linked linking links linkup lips liquefied listen listening lists lit
little live lived livelihoods lives living local located location locations locked log logic
long longer longest look looked looking loosen lord lose loser losing loss lost lot lots
lotteries loud louder love loved loving low lower lowest lows luck lucky luminaries lunch lung
lurid luxury machine made maggots magic magnitude mail main mainland maintain maintained
maintenance major majority make maker makes makeup making male mammals man manage managed
management manager managing mangled manner manufacturers manufacturing many map margins maritime
mark markedly market markets marking married marry marshalling masked masks massive match
matches material materials maternity matter maul mauled maximum may maybe mayhem meadow mean
meaning meaningful meanness means meant meanwhile measured measurements measures measuring
mechanic medal medallist medals media medication medieval medium meet meeting meetings meltdown
melted melting member members memoir memories memory men mend mention mess message messages met
meters method methods metre metres metropolis microwaves mid midfield midfielder midterm might
migrant migrants migration mile miles milestone military millimetre million mind mind's minded
mindful minds mine minimum minister ministry mink minor minority minors minute minutes miracles
misadventures misdemeanour misdemeanours miss missile missiles missing mission missions mistrust
misunderstood mobile mock model models moderate modern mom moment moments momentum money moniker
monitor monitoring month monthly months more morning morning's most mother motherfucker motions
motivation motor motorists motto mountain mountainous mouth move moved movement moves movie
moving mowing much muddled multiple muppets murder murdering muscle music musician must mutual
myself mystery nagging naked name names narcotics narrow narrowest narrowly nastiness nasty
nation's nationality native natural nature naval navigates near nearby nearly necessary neck
need needed needs negative negatively negotiate negotiating negotiations neighborhood
neighborhood's neighboring neighbouring neither nervous net netting network networks neutralise
neutrality never new newest newspaper next nice nicked nicknamed night nights nine nippers
nobody nocturnal nomination nominations nominee non none nonetheless nonpartisan normal normalcy
normalization normally northern northwestern noses not notably note noted nothing notice noticed
noting now nowadays nuclear nude number numbers numerous oath object objecting obligations
obliged obliquely observatory observatory's observatorys observed observing obstacles obstruct
obtainable obtained obviously occurred odd odyssey off offensive offer offered offering offers
office officer officers offices official officials offshore often old older olds once one ones
oneself ongoing only onto open opened opener opening openings openly opens operating operation
operational operations operative operators opinion opponents opportunities opportunity oppose
opposite opposition optimistic option options orange order orders ordinates org organisation
organisations organised organises organization organizations organized organizing original
originally origins ostrich other others ought our ours ourselves out outbursts outcome outdoor
outdoors outer outfit outing outlet outlets outnumbered outrageous outran outrunning outs
outside ovarian over overall overcome overlooked overnight overseas overshot oversight oversized
overtake overwhelmed overwhelming overwhelmingly own owner ownership pace pack packed paid
painful paint pair paired pairings panel panicking parade paragliders paragliding paramedics
parent parents parish's parishioners park parking parliamentary parliaments part participate
participation particular particularly parties partner partners partnership parts party pass
passed passenger passengers past patchier path patient patients patrol pattern paves pay paying
peace peaceful pedestrians peel pelted penalties penalty pendulum peninsula people people's per
percent perception perennially perform performance performances performed perfume perhaps period
permit permitted person persona personal personnel persons perspective persuade pet pharmacy
phase phased phenomenal phone physical pick picked picking picture pictured piece pieces pig
pigs pineapple pinned pinpoint pint pipe pipeline pipistrelles pitch pitched pits pitted placate
place placed places plan plane planet planned planning plans plant plant's plateau play played
player player's players playful playground playing playoff plays plea plead pleaded please
pleased pledge pledged pledges pledging plenty plot plucked plus point pointed pointing points
polarizing pole police policies policy political politicians politics poll polling pompous pony
poo pool poor poorer pop popping popular population populations portfolio portions pose posh
posing position positive positively possessing possession possibility possible possibly post
posting postponed potential pound powder power powerful powering powerless powers practical
practice practiced practicum practitioner pragmatism praise praising pre precautions precise
precisely preconditions predict preference preliminary premature prematurely premeditation
premise preparations prepare prepares prerequisite prescribed preseason present presented
presenter presents preserve presidency presidential presidents press pressure pressures
pretensions pretext pretty prevent prevented previous previously prey prices primary prime
principal principles prior priority prison private privileged pro probably probed probing
problem problems procedural procedures process produce produced producing production products
professional professionalism professor profile profit profitable programme programming programs
progress progressed progressive prohibit project projects proliferate prolong prominent promised
promising promoting pronounced pronunciation properties property proportional proposals proposed
prosecuted prosecution's prosecutors prospects prosperity prosperous protect protected
protections protein protest protesters protestors protests proud proudly prove proved proves
provide provided provider provides providing province pub public publication published
publishers pubs pull pulled pulling punched pundit punishable punishment punishments punk
purchase pure purely purpose pursue pursuit push pushback pushed put puts putt putting pwp quake
qualified qualify quality quarter quasar quasi question questioning questions quick quickly
quiet quietly quit quite quotas quoted quoting race raced racketeering radical raffia rage rain
rainfall rains rainy raise raised raises raising rake rallied rallies rally ramifications random
range ranges ranging ranked ranking rapid rapidly rappers rare rate rates rather ratings
rationalise reach reachable reached reaching react reacted readers readiness reading ready
reaffirmed real realise reality realize really reason reasonably reasons rebounds rebuild
rebuilding recall recalled received recent recognise recognition recognize recognized recommend
recommendations record recorded recorders recording recordings records recounted recover
recovered recovery recreational reduce reduced referee referenced referendum referred referring
reflecting reflection reforms refugees refuse refute regardless regards regime region regional
registered regression regret regrettably regrouped regular regularly regulations rehabilitate
reinjected reinjecting reiterate reject rejected relate related relations relationship
relationships relative relatively relaunching relax relaxation release released relief religious
reluctantly remain remained remaining remains remanded remember remembers reminding remnants
remorse remote renewed rent rental reopen repair repatriates repeatedly repeating repel replace
replaced replaces replacing replied reply report reported reportedly reporter reporters
reporting reports representation representations representative representatives representing
represents repression reprised repulsive request requested requests require required
requirements rescue rescuers rescues research researchers resemble resembled reserve residents
residual resist resistance resisted resisting resolute resolution resonated resort resource
respect respite respond respondents response responsibilities responsibility responsible rest
restart restaurant restaurants rested restore restored restoring restrictions result resulted
resulting results resume resurgence retailer retailers retain retirement return returned
returning reunite reunited revamp reveal revealed revealing reveals revenues review reviewed
revival revolutionary reward rewarded rhetoric rhymes rich richer ride riders ridicule
ridiculously riding rife rifle rigging right righteous rights ring riot rips rise risen risk
risks risky rival river road robust rock rocket rockets rogue role roles roll room rooms roost
roosts roots rotating rotor rough roughly round route row rubber rubbish rubble ruin ruins rule
rules ruling run runaway runner running runs runway rushed rushing ruthless sad sadder safe
safeguard safely safer said sail sailed sailors sails sales salvage same sanctions sanctuaries
sanguine sank sapped sardine satire save saved saving saw say saying says scale scandal scarce
scarcely scare scared scenario scene scenes schedule scheduled school schoolmaster scientific
scientists scooping score scored scream screams screens script scruff scuba scuffle sea seal
season seasons seat seating secession second secondary secret sector secure secured security see
seek seeking seeks seem seems seen selected selection selections self sell selling semi senators
send sends senior sense sent sentence sentenced separatist separatists sequence serenity series
serious seriously serve service servicemen services serving session sessions set sets settled
seug seven seventh several severed sewer sewn sex sexism sexual sexuality sexually shadow shake
shall shards share shared sharp sharpest she she'd she'll she's shed sheep shelf shelter
sheltering shelters shift ships shirts shit shock shoes shoot shooting shoppers shopping shops
shore short shortages shorten shortly shot shots should shoulder shouldn't shouted shouting show
show's showed shower showing shows shrink shut shuttle sibling side side's sided sidekick
sidelines sides siding sign signal signalling signals significance significances significant
signs silence silent similar similarly simple simpler simplest simply simultaneously since
singer single singles sinister sinking sit site sites sitting situated situation situations six
sixth size sizeable sized skewed skills skincare skipper slant slapped slashing slated sleeping
sliding slight slightly slips slotted slow slower slowly small smile smooth smoothie smugglers
smuggling snaggle snapping sniper snorkel snowmobiling soccer social socialize socially
societies society soften software sold soldiers solid solidify solo solutions solve some
somebody someone someplace something sometimes somewhat son son's song soon sooner sophisticated
soprano sorrowful sort sought sound source sources sourcing southeastern southern sovereign
space spare spawn speak speaking special specialist speciality specialization specially species
spectrum speculation speech speechless speedy spell spend spends spent spies spiked spilling
spinning spirit splashed split spluttered spoil spoke spokesman spokesperson spokeswoman sponsor
sponsored sponsors spoof sport sporting spot spread spreading spreads springboard sprinting spy
spying squad's square squeezed stab stabbed stabbing stability stable staff staffed staffing
stage stages stairwell stake stalled stamp stance stand standard standards standing standoff
star start started starting starts starvation starve state stated statement statements stations
status stay staying stays stead steadily stemming step stepping steps stick sticks still
stipulated stoked stolen stomach stone stood stop stopped stopping stops storage store stores
storm story strategy straw streets strength strengthen stressed stresses stretched stretchered
stricken strike striker strikes strive stroke strolled strong strongest strongly struck
structure structures struggle struggled struggling stubbornness stuck student students studies
study studying stuff stunned sty style styles stylist sub subject subjects submarine
submillimeter submillimetre submit subsequent substantial substitute suburbs succeed succeeded
success successful successfully successor such suck sued suffered suffering suffocated suggest
suggested suggesting suggestion suggests suicide suicides suit suitable summer summit summon sun
sunny sunshine super superbly superfluous superior supermarket supermarket's supermarkets
suppliers supplies supply support supported supporters supporting supposed surcharge sure
surface surge surged surname surprise surrounded surrounding survey surveys survive survivor
survivors suspect suspend suspicion suspicious swamped swapped sway sweeping sweet swept swift
swiftly swimsuit swing swinging switch sword swore symbolic synthetic system systematic table
tables tackle tackling tactics tail take taken takes taking takings tale talent talk talked
talking talks tame tan tangled tapped target targeted targeting targets tarpaulin task taste tax
taxi teach teaches teaching team team's teammate tears tech technical technically technique
technology tee teenagers teeth telescope televised television tell telling tells temperature
temperatures temporarily ten tense tent term terms terrain terrible terribly terrified
territories territory terror terrorism terrorists test tested testified testimonies testimony
testing tests than thank thanked thanks that that's the their theirs them theme themselves then
theoretical theoretiical theories theory there there's therefore these they they'll they're
thick thing things think thinking third this those though thought thousand thousands threat
threatened threatening three thrive thronged through throughout thrown thus tickets tie tied
tighten tightening tighter till time timeframe times tiny tip title today toes together told
tolerable toll tombstone tomorrow tone tongue tonight tons too took tool tooth toothed top
topical topped total totally totals toting touch touched touches tough toughen tougher tour
tourist tourists tours toward towards town towns toy track tracks tractor trade trademark
trading traditional traditions traffic trail trailing trained training training's traitors
trajectory transformed transfusions transient transition transmission transmissions transmitted
transparency trapped trauma traveling travelled traveller traversing treasure treated treating
treatment treatments trees trek trend trial tribunal trick tried tries trigger triggers trimmed
trio trip tripled trips triumph trophy tropical trouble troubled truck true truly trunk trust
truth try trying tsunami tugged tune turbines turbulence turn turnarounds turnout turnover turns
tweet tweeted twelve twenty twilight twist twisted twists two twp type types typically tyres
ultimately unable unaccompanied unanimously unauthorized unavailable unbeaten unchanged uncle
unclear uncomfortable uncommon unconverted under undercover undergo underground underpinned
underpowered understand understandable understanding undocumented unearth unemployment
unequivocal unfair unfamiliar unforgettable unhappy unheard unification unilateral unilaterally
unionist unique unison unity universal universities unknown unlawful unless unlike unlikely
unobtainable unofficial unpopularity unprecedented unpresidential unsafe unsecured unsettling
unsuccessful unsuccessfully until untroubled untruthful unusual unusually unveiled unwanted
unwitting upcoming upkeep upon upper upsize upward urged urging use used useful using usually
utilize vaccine vaccines vacuum valour valuable value values van vanish vanishing vans variety
various variously vast vegan vehicles venture venturing venue verbal verified verify very vestry
veteran veterans via vice vicinity victim victim's victims victory video videos view viewed
viewer viewers viewership vigorously violence violent visa vision visionaries visit visited
visiting visitors vital vivid voice volcanoes voluntary volunteered volunteers vote voters votes
voting vowed wacky wade waist wait waiters waiting wake walk walked walks wall wanes wanna want
want's wanted wants war warm warmth warned was wasn't wasted watch watched watchers watches
watching water waterlogged watermelons waters waved wavelengths way ways we'd we're we've weak
weakening wealthy weapon weapons weather web website wedding week weekend weeks weeping weirdly
weirdo welcome welfare well went were weren't western wet wharf what what's wheel when whenever
where whether which while whisked white who who'd whoever whole whom whose whupping why wide
widely wield wife will willing win wind winds winger winner winning wipe wiping wish wished with
withdraw withdrawal withdraws within without witnesses wizard woes woman woman's women won
wondered wonderful wonderfully wondering woodlands word work worked workers working works world
world's worried worries worry worse worsen worshiping worst worth would wouldn't wound
woundedness wounds wrapped wrath wreaking wreath write writer writes written wrong wrote yacht
yards year year's yearning years yelling yellow yesterday yet you you'd you'll you're you've
young younger youngest your yourself youth zero zone
"""
    ).split()
)

UK_COMMON_LEMMAS = frozenset(
    (  # noqa: SIM905
        """
com org pwp samaritans twp weather або абощо аварійний аварія австрієць авто автобус
автовиробник автовиробництво автоматично автомобіль автомобіліст автономний автор автотранспорт
авіакатастрофа авіакомпанія авіалінія агент агресивний агресія адвокат адже адміністрація адрес
аеропорт академічний аксесуар акт актив активний активність акторський але алкогольний аль
альбом альтернатива альтернативний американець американський аналіз аналітик аналітика ананас
анатомія англійський анонімно анонімність аніж аптека аптечний аргумент арешт арештований
арештувати армійський артерія артист архітектор асамблея асортимент асоціюватися атака
атакований атакувати атлет атлетичний атмосфера аудиторія афілійований багатий багато
багатоквартирний багатообіцяючий багатостраждальний багатший бажати база базуватися байдуже бал
балотування балотуватися балістичний бар баскетбол баскетбольний баскетболіст батальйон батьки
батько батьківство бахрома бачити бежевий без безвісти безглуздя бездоганний бездомний
безжалісний безкомпромісний безкоштовно безлад безлюдний безліч безнадійний безнадійно безпека
безпечний безпечно безпечніший безробіття безсилий безумовно безуспішний безуспішно безшабашно
бельгійський берег береговий березень бесіда битком благати благополучно благородство
благословення блакитний близький близько близькі блискучий блискучість блокада блокувати боггі
бодай божевільний бойкот бойкотувати бойовий бойовик болючий болівійський болівієць борець
боротися боротьба борт боятися бракувати брат брати брезентовий бренд брехливий брехня
британський брифінг бронза бронзовий будинок будувати будуватися будучи будівельний будівля
будівництво булий бурхливий бута бути бутс буфонада бюджет бігати бігти бідний бідняк бідніший
біженець бізнес бій бійка бік біл біла білок більш більше більший більшість біля білі в'язниця
вага вагомий важкий важко важливе важливий важливо важливість важливіший важчий вакцина
вакцинувати валлійський варта вартий вартість варіант ваш вбивати вбивець вбивство вбивчий вбити
вбитий вболівальник вважати вважатися введення ввезення ввезти ввесь ввечері вводити ввозити
вгору вдаватися вдалий вдарити вдаряти вдатися вдвічі вдень вдруге вдячність веб ведмедик
ведучий велетенський великий величезний велосипедист велосипедний веліти вересень вересна
верхній вершина веселий весна вести весь весілля ветеран вечір вечірка вже вживання вжити
взагалі взаємини взаємний взаємодія вздовж взяти вибалушений вибирати виборець вибори виборчий
вибрати вибратися вибір виведення вивезення вивезти вивести вивозити вивісити вивішувати
вигаданий вигляд виглядати вигнання вигода виготовлятися вигравати вигравши виграти вигук вид
видаватися видавець виданий видання видатися видача видворити виділитися виживати вижити
визнаний визнання визнати визначати визначити визначитися вийти виказувати викладатися виклик
викликати виключати виключити виключно виконавець виконавчий виконанний виконання виконувати
використання використати використовувати використовуватися використовуючи вилучений вилучення
вилучити вимагання вимагати вимова вимовити вимога вимушений вимуштруваний вимірювання
винагороджений винагородити винахідливий винести виникати виникнути винний винуватий винуватість
винятковий виняток випадковість випадок випереджати випивка випливти виправдовувати виправити
виправляти випробувальний випробування випустити випущений вирватися вироблятися виробництво
вирослий вирости вирувати виручка вирушити вирішальний вирішення вирішити вирішувати виселення
висковзнути висловити висловлювати висловлюватися високий високо високоефективний
високооплачуваний високопосадовець високопоставлений вистачати вистачити вистрелити вистрілити
виступ виступати виступити висування висувати висунення висунути висунутий висхідний висісти
витоки витрата витрачати витрачатися витівка витіснивши виходити вихід вихідний вищий виявити
виявитися виявлення виїжджати виїжджаючи виїзд виїзний виїхати вказувати вказуючи включати
включаючи включити включно влада власний власник власність влаштовувати вміст внаслідок внесення
внесок вночі внуків внутрішньоматериковий внутрішній вогневий вогнепальний вогонь вода водити
водночас водяна водій воз'єднання воло вологий володіння володіти волонтер волосина вольовий вон
вона вони ворог ворожий ворота воротар восьмий воювати впасти впевнений впевненість вперед
вперше вплив впливати впоратися вправа впродовж вражаючий враження вранці враховуючи врешті
вручення врятувати все встановити встановлений встановлення встановлювати вступ вступати
вступити всього всі втеча втрата втратити втрачати втримати втриматися втручатися втікач вузький
вузько вулиця вухань вухо входити вцілілий вчасно вчинити вчиняти вчитель вчити вчора
вшановувати вівторок від від'їзд відбити відбиток відбувати відбуватися відбути відбутися
відбуття відвага відверто відвести відвідати відвідувач відгукнутися віддалений віддати віддача
відділ відділення віденський відео відеоконференц відеорегістратор відзначатися відзначити
відзнявши відкат відкидати відкинути відкладати відкласти відкликати відкривання відкривати
відкрити відкритий відкритися відкрито відкриття відлякати відлякувати відмовитися відмовлятися
відміна відмінний відмінно відмінність відмітити відмічений відновити відновитися відновлення
відновлювати відновлюватися відносини відносно відображати відображення відоме відомий відомо
відомість відповідальний відповідальність відповідати відповідний відповідно відповідь
відповісти відпочивати відправивши відправити відправитися відправлений відправляти
відправлятися відпускати відпустити відраза відреагувати відремонтувати відрив відродження
відрізнятися відсоток відставання відставати відставний відстань відстати відсторонення
відсутність відхилений відхилити відхиляти відхилятися відчайдушний відчайдушно відчувати
відчутний відчуття відштовхнути відштовхувати відшукати відібрати відігравати відіграти відійти
відірватися віза війна війнути військовий військово військовослужбовець віка вільний вільно він
вінгер вінок віра вірити вірогідність віртуальний вісім вітальня вітати вітер вітрило віце газа
газета газогін галантний галочка галуза галузевий гангстерський ганебний гарантувати гарантія
гармата гарне гарний гарно гарячий гвинт гвинтівка гей гектар гелікоптер геніталії герой гинути
глибина глибокий глибоко глухий глядач глядачів гном гнів гніздо гніздування говорити година
годувати гол голити голкіпер голлівудський голова голови головний головуючий голод голодування
голодувати голос голосніший голосування голосувати гольфіст гомосексуальність гонитва гонка
гонок гора гордий гордість горе гортанний господар господарів госпіталь гост гостьовий гот
готель готельний готовий готуватися гра гравець градус грайливий грандіозно грати графство
графіка громада громадське громадський громадськість громадянин громадянство гроші гру груда
грудний грудь група груповий грін гріти гріш губа губернатор гуманітарний гумор гуморист густий
гучний гірський гірше гірший гість дабл давати давнина давно далекий далеко дальній далі дан
даний дар дата дати два двадцять дванадцять двері дворічний двосторонній двоюрідний двоє двір
дебютувати дев'ять девіз декриміналізувати декілька демократ демонстрація демонструвати демонтаж
демілітаризований денуклеаризація денуклеарізація день департамент депортувати депресія депутат
дерево держава державний держсекретар десь десятиліття десятка десять деталь детектор дефекація
дефіс дехто дешевий дешево дешевший дещо деякий джерело дзвін дзенькати дивитися дивлячись
дивний дивно дивізіон дизайнер дика динамічний дипломат дипломатичний директор дискаунтер
дискримінація дистанція дитина дитинство дитинча дитячий дихання дихати для добиватися добра
добре добрий добровільний добродушність доброзичливість довгий довгостроковий довести довестися
довше довіра довічний довічно догляд додати додатковий додатково додаючи додому дозволити
дозволяти дозвільний док доказ докладати докладний докладніший доктор документ докір долар
долина доля дома домагання домагатися домашній домовитися домовленість домовлятися
домогосподарство домогтися домівка домінувати допитливий доповідь допомагати допомога допомогти
допустимий дорога дорогий дорого дорогоцінний дорожчий дорослий доручити доріжка досвід
досвідчений досить дослідження дослідник дослідницький доставити доставлений доставляти
доставляючи достатньо достроково доступ доступний доступніший досягати досягнення досягнути
досягнутий досягти досі дотеп дотик дотягувати дохід дочекатися дочка дощ дощовий драма друг
друге другий другорядний дружелюбний дружина дружити дружний дружній друзь дуже думати думка дух
дякувати діагностувати діалог дівчатко дівчина дід дізнаватися дізнатися дійсний дійсно дійти
ділитися дільниця дім дістати дістатися діти діючий дія діяти евакуаційний евакуювати
екзальтований економіка економічний екран експериментувати експерт експертиза експорт експортний
експортування експортувати екстравагантний екстремальний екстрено ексцентричний екіпаж електрик
електричний електронний елемент елітний емоційний емоційно емоція енд енергетик енергетичний
енергоносій енергоресурс енергоринок енергійно енергія епізод епізодичний ера етап ефективно
ефективність ефективніший ефір ехолокація жаль жанр жарт жартувати жахати жахливий жахливо
жвавий жертва живе живий живіт житель жити житло життя життєво жовтень жовтий жовтувато жодний
жорсткий жорстокий журналіст жінка з'явитися з'являтися з'їсти заарештований заарештувати
забагато забезпечити забивати забирати забити заблокувати заборонити забороняти забрати забувати
забути забутий забіг забігати завадити заважати завдавши завдання завдати завдяки завершення
завершити завжди завод заводь завтра загадка загал загальний загальноприйнятий загиблий загинути
заготівля загрожувати загроза загрозливий задати задній задовга задоволений задоволення
задовольнити задовільняти задіяти зазвичай заздалегідь зазнавати зазнати зазначати зазначатися
зазначивши зазначити займатися зайняти зайти зайшлий закидати закинувши закинути заклад заклик
закликати заколот заколоти закон законний законодавець законодавство законодавчий законопроект
закордонний закохатися закривати закрити закритися закріпити закінчення закінчитися закінчуючи
залежати залишати залишатися залишити залишитися залишок залога залучений залучення залучивши
залучити замах замикатися замкнений замовлення заможний заміна замінити заміняти замість
заміщувати занадто занепасти занепокоєний занепокоєння заохочувати запам'ятати запаморочливий
запанувати запевнити запевняти запеклий заперечити заперечувати заперечуючи записаний записуючи
запит запитання запитати заплакати запланований заплатити запобігти заповнений заповідник
заподіяти заполонити запровадити запропонувавши запропонувати запрошення запустити заражатися
зараза зареєстрований зареєструвати заробити зарозумілий заручник зарядити засвідчити
заслуговувати заслужити засмутити заспокоюючи заспокоїти застава заставляти застосовуватися
застосувати застрелити засуджувати засудити засіб затвердження зателефонувати затисний затиснути
затока затонути затриманий затримання затримати затримка затримувати зауважити зафіксувати
захват захворювання захисник захист захистити захищати захищений заходити захоплюючий захотіти
захід західний зацікавлений зашитий зашкодити заява заявити заявка заявляти зберегти збереження
збивати збирати збиратися зблизька збора збори зброя збудувати збільшений збільшення збільшити
збільшитися збільшувати збір зв'язатися зв'язка зв'язок звернення звернути звернутися звертати
звертатися звертаючись звинуватити звинувачення звинувачувальний звинувачувати звичайний
звичайно звук звідси звідти звільнення звільнити звільняти звіт згадати згадувати згода
згодитися згодовувати згодом згідно здаватися здатний здатність здебільшого здивуватися здобич
здобути здобутий здоров'я здійснити зелені землеволодіння землетрус земля злет злив зливовий
злий злитися зловмисний злочин злочинність злоякісний злість злітно змагання змарнувати
зменшення зменшити зменшитися зменшувати змиритися змова змога змогти змусити змушений змушувати
зміна змінити змінитися змінювати зміст змістити зміцнюючи знайдений знайомий знайти знак
знаменитість знати знаходитися значення значний значно зниження знижка знижувати знижуватися
знизити знизитися зникати зниклий зникнення зникнути знищенний знищення знищити знищувати знову
зняти знівечити знімати зобов'язаний зобов'язання зовнішній зовсім зокрема золотий золото зон
зона зосереджувати зраджувати зрадити зразок зреагувати зрештою зрив зробити зроблений зрозуміло
зрозуміти зростання зростати зрости зруйнований зруйнувати зручний зрівнювати зрівняти зсув
зупинити зупинитися зупинка зупиняти зусилля зустріти зустрітися зустріч зустрічати зустрічатися
зібраний зібрати зіграти зігрівання зігрівати зігріти зізнатися зіпсувати зіркий зіткнення
зіткнутися ймовірно ймовірність йога йоркширський йти кабан кабельний кавуни кажан казати камера
кампанія каміння камінь канал каналізація кандидат кандидатура канцлер капелюх капелюшок капітан
кар кар'єра кара каратися карий карильйон карлик карта картка каталанський каталонський
катастрофа категорія кваліфікований квартал квартира квиток квота квітень кермо керівний
керівник керівництво кидок кинути китайський клас клейкий клуб ключовий клятий клітина клітка
книга книжка код кожний кола колега колекція колесо коли колись колишній коло колоректальний
колотий колумбієць коль коліно колір колісниця кома команда командний комбінація комедійний
комедія коментар коментувати комерційний компанія компенсація комплекс комір комісія комітет
комічний конгресмен кондомініум конкурентоздатність конкуренція конкурувати консервативний
консерватор конструктивний консультант консультування контакт контекст контрабандист контрнаступ
контроль конференція конфлікт концентрація концепція конче кордон кореспондент коригувати
корисний користуватися користь коробка коронор короткий корпоративний корпорація корінний
косметика кохати кошт коштувати край крапля красивий краще кращий країна кривавий крик
кримінальний критик критика критикувати критичний кричати кров крок крізь крім кубічний куди
кулемет кулуари культурний куля кумедний купальник купити купувати купівля куртка кут кухар
кухля кшталт кілограмовий кілька кількість кімната кінець кіно кінобренд кінорежисер кінострічка
кінофільм кіноіндустрія кінцевий кішка лабораторія лава лагуна лайнсмен ландшафт ланцюг лауреат
лаяти легеня легкий легко легкоатлетка легший легітимний лежати лейборист лейкемія летіти липень
лист листопад листя листівка лихий лихо лиховісний лихоманка лицарський лице лишати лише
лишитися логіка ломбард лондонський лопать лоток луги лунати лунка любити любов люда людин
людина люксовий лютневий лють ліберальний ліва лівий ліга лідер лідерство лідирувати лікарня
лікарняний ліквідація ліки лікування лінія ліс літ літак літаючий літера літний літо ліфт м'яч
мабуть магазин магістрат майбутній майданчик майже максимальний максимум мала маленький малий
мало малоймовірно мандрівник маневр маппет маршрут масивний маска масштаб масштабний мата
материковий матеріал мати матч мацати машина маючи маятник медаль медичний межа мексиканський
мелодія меморіальний мемуар мен менеджер менш менше меншовартість меншість мережа мерзотний
мертвий мета метод методика методистський метр метрополіс механік мешканець мешканка милиця миля
минуле минулий минути мир мирний мирянин митний мито мить млн млрд мобільний мобілізувати мова
мовчати могти мода модель модернізація модний можливий можливо можливість можна можний мозок
мокрий мола молити молодий молодняк молодь момент моніторинг море морозиво морський моряк
мотивація мотивований мрія мріяти мужність музика музикант мураха мусити муха мучити міг мігрант
між міжнародний міжнародній мій мікроорганізм мікрохвильовий мільйон мільярд мільярдер
мінеральний міняти мінімальний мінімум міністр міркувати міс міст містер містечко містити місто
місце місцевий місцевість місцями місяць місяцями місяців місія мітинг набагато набитий
наближатися набрати набридливий наведений навислий навичка навколо навмисний навмисно навряд
навчання навчати навчений навчити навчитися навіть навіяний нагадати нагадувати нагода
нагодувати наголосити наголошувати нагорода нагір'я над надавати надал наданий надання надати
надаючи надгробний надзвичайний надзвичайно надихнути надовго надрукований надрукувати надто
надувний надходити надійний надіслати надія назад назва назвавши названий назвати називати
називаючи найближчий найбільш найбільше найбільший найважливіший найвищий найвідоміший найгірший
найдовершеніший найдовший найдраматичніший найкращий наймання наймати найменш найменше найнятий
найпопулярніший найпоширеніший найсильніший найтитулованіший найчіткіший накласти накопичений
налагодити налаштований налаштовувати налаштувати належати належний налякати наліво намагання
намагатися намагаючись намет наметовий намір нанесення напад нападник напасти напасть напевно
наперед напередодні написати наповнитися наповнюючи наполягання наполягати наприклад наприкінці
напружений напруженість напрям напрямок напій нарада наразі нараховуватися нарешті наркотик
наробити народ народження народитися наростити нарощувати насилля насилу насильницький насильно
насильство наскільки наслідок насмішка насмішливо наснага наспівувати настати насторожі наступ
наступальний наступний наступник натовп натуральний натхнення наука науковець науковий націлений
націлювання націлюватися національність нація наш наявність неангломовний небажаний небезпека
небезпечний небезпечно небесно небо невдалий невдача невдоволення невеликий невеличкий невеселий
невже невизнання невимовний невинний невинність невинуватий невинуватість невідомий невідомо
негайно негативне негативний негативно недавно недалеко недовіра недолугий недосконалий
недоступний недосяжний недоумкуватий недоцільний недільний неділя незабаром незаконний незаконно
незалежний незалежно незалежність незамінний незаперечний незважаючи незвичайний незвичний
незвично незграбний нездійсненний незмінний незначний неймовірне неймовірно нейтралізувати
нейтралізуватися некомерційний нелегал нелегальний нелегально нелегітимний немати неминучий
немов неможливий неможливо ненавидіти ненависть ненавмисний неналежний необхідне необхідний
необхідно необхідність неодноразово неофіційний неофіційно неохочий непереможений непереможний
неповнолітні непогано неподалік непокоїти непохитний неправда неправдивий непрактичний
непрезидентський непривітний неприємний неприємність непробивний непродовольчий непросто
нервовий нереалізований нерухомість несамовито несподіванка несподівано нестача нести несхожий
нетопир нетривалий нетямущий неупереджений неухильно нечесний нещасний нещодавній нижчий низка
низький низько нинішній нищівний нова нове новий новина новинний нога ножовий номер нормальний
нормалізація нормалізуватися носити нота ночувати ноші нуль ніби нібито ніж нікола німецький
німий ніхто ніч нічий нічний нічниця ніщо ніякий об'єднання оббігти обвинувач обвинувачений
обвинувачення обвинувачувати обговорення обговорити обговорювати обговорюватися обговорюючи
обдуманий обидва обладунок область обличчя обмежений обмеження обмежувати обмінюватися оборона
оборонний обоє образ обрати обробка обробляти обряд обслуговувати обставина обстановка обсяг
обурливий общинний обігнати обіграти обід обізнаний обійти обіцянка обіцяти обґрунтувати
оверсайз огляд оглядач оголосити оголошення оголошуючи огорожа один одиночний однак однаковий
однобічно одностайно односторонній однотижневий одночасно одразу одружений одружуватися одяг
озеро ознайомитися ознака означати океан океансько око окремий окремо округ округа окуляр
олімпіада оновити оновлювати опади оперативний оператор операція опинитися опинятися опиратися
опис описати описувати опитаний опитування оприлюднення оприлюднити оптимальний оптимізм
оптимістично оптимістичніший опублікований опублікувати опуститися опущений опікуватися опір
орган організація організований організовувати організувати оргкомітет орден оренда орендний
орендований оригінальний орієнтація орієнтований орієнтовно орієнтуватися освоєння освітлення
оскільки оснащений основний особа особисто особливий особливо особливість останнє останній
останок остаточний остаточно острова острівка острівок ось осінь отець оточувати отримавши
отриманий отримання отримати офф офіс офіцер офіціант офіційний офіційно охопити охорона оцінити
оцінка очевидно очко очолити очолювати очікування очікувати очікуватися п'яний п'ята п'ятий
п'ятниця п'ятничний п'ять паб падати падіння палата палець палиця палка пам'ятати пам'ять пан
панування пані панікувати папір пара парад парамедик парапланеризм парапланерист парафія
парафіянин паризький парламент пародія партнер партія парфумерія парій пас пасажир паскудство
пастка патрулювати патт пацієнт паща певний пенальті перебирати перебувати перебуваючи
перебіжчик перебій перевага переважати переважно перевдягнений перевести перевищувати перевозити
перевірити перевірка перевіряти перегляд переглядати переговори перегрупуватися перед
передаватися переданий передати передача передбачати передбачатися передбачити передвиборний
передмістя передовий передсезонний передумати переживати пережити перейматися перейменування
перейти перекинути переконаний переконати переконувати перелетіти переливання перелом перемагати
перемога перемогти переможець переможне переможний переміщуючи переобрання переобрати
переповнений перепочинок перерва переривати переселенець переслідувати переставити переступити
перетин перетнути перехват переходити перехрестя перехід перешити перешкода перешкоджати
перешкодити переїжджати переїхати персонаж персонал перспектива перспективний перш перше перший
період пиво пил писати письменниця питання пихатий пишатися плавання плавати плакат плакати план
планування планувати плануватися плат платити плач плече плея плита плутаний пляжний
пневматичний побачивши побачити поблизу поборотися побоювання побоюватися побратим побратися
побудований побудувати побігти побіжно пов'язаний пов'язати повага поважати поведінка повернення
повернути повернутися повертатися поверх повз повинний повинно повний повно повноваження
повноціна повня повністю поводити поворот повсюдно повсякденний повторити повторний повторювати
повів повідомити повідомлення повідомляти повідомлятися повільний повільно повільніший повінь
погане поганий погано поглиблювати погляд поговорити погода погоджуватися погодитися погрожувати
погіршити погіршувати погіршуватися подавати подальший поданий подарувати подарунок подати
податок подача подвиг подвоїти подвоїтися подвійний подобатися подорож подразнення подробиця
подружжя подумати подяка подякувати подібний подібно поділитися поділяти подіум подія поетапний
пожежа пожиток поза позаду позапартійний позашлюбний позбавити позбавляти позивач позитивне
позитивний позитивно позиціонувати позиція позишн познайомитися позначитися позначка показ
показати показник показувати покарання поки покинути покладати покласти покликаний покоління
покращений покращити покращитися покращувати покращуватися покращуючи покриття покрутитися
покупець полагодити поле полетіти поличний половина положення поль польовий полювання полягати
поліпшення поліпшити поліпшувати політ політик політика політичний політологія поліцейський
поліція пом'якшення пом'якшити пом'якшувати померти помилка помирати помірний помірніший помістя
помітити помітно помічник понада понеділко понеділок поновити пообіцяти попереджати попередження
попередній попереду попит попросити попрощатися популярний популярність популяція пора порада
поразка поранений поранення порожній порошковий поруч порушувати порядок порятунок порівнювати
порівнянний порівняння порівняно порівняти посад посадковий посадовець посередник посилання
посилатися посилаючись посилений посилення посилити посилитися посилювати посилюватися
поскаржитися послабити послаблення послаблювати послаблюватися посланець послання послуга
послідовність посмішка посол поспішити пост постав поставити поставитися поставка постанова
постати постать постачальник постачання постраждалий постраждати посттравматичний поступ
поступка постійне постійний постійно посуха посушливий посів посісти потенціал потенційний
потерпати потерпілий потоки потому поточний потрапити потрапляти потреба потребувати потроїтися
потрібний потрібно потурбувати потягти потік потім поул похвала похвалити похилий похмурий
походження почасти почати початковий початок починати починатися починаючи почуватися почуваючи
почуття поширитися пошкоджений пошкоджувати пошкодити поштовх пошук пощастити поява пояс
пояснити поінформований поінформувати поїздка поїхати правда правдивий правий правило правити
правління право правовий правоохоронний правопорушення правосуддя прагнення прагнути прайм
практик практично прапор працювати праця працівник пред'явити предмет представити представлений
представляти представник президент президентство президентський прекрасний прем'єрство премія
преподобний прес при прибережний приблизний приблизно прибувати прибути прибутковий прибуток
прибуття привабити привабливе привабливий приваблювати приватний привести привод приводитися
привозити привід привілейований привітати пригадати пригадувати пригнічений пригода приголомшити
придбання придбати призвести призводити приземлитися призер призначений призначення призначити
призупинити приймати прийматися прийняти прийнятий прийти приклад прикордонний прикрасити
прикрашений прикриття прилітати примусово примчати принаймні приналежність принести припинення
припинити припинитися припиняти приписувати приплив припустити припуститися природа природний
природничий природній присвятити присвячений прискорити пристрасть присуджувати присудити
присяга присяжний притиснутий притулок притягувати прихильник прихисток приховати приховувати
приходити прихожанин прихід причал причина приятель приєднатися приєднуватися приємний
приїжджати приїзд приїхати про проаналізований пробачити пробити пробитися проблема пробудження
пробіг провал проведений проведення провести провина проводити проводитися провокація провідний
провінція прогноз прогнозувати проголосувати проголошення програвати програма програти прогрес
прогресивний продавати продавець продаж продати продемонструвати продовження продовжити
продовжитися продовжувати продовжуватися продовольчий продуктивність продуманий продюсер проект
проживання проживати прожити прозорість пройти прокоментувати прокуратура пролетіти пролити
промайнути промисловість промова проміжний проникати проникаючий проникнення пропозиція
пропонувати пропрацювати пропускний пропустити прорвати прорватися прорив просити простий просто
просторий проступок простягатися простір простіший просуватися просунення проте протест
протестований протестувальник протестувати проти противник протилежний протиснутися протистояння
протистояти протягом професор професійний проходити прохолодний прохід прохідний процвітання
процедурний процес процитувати проявити проігнорувати проінформувати проїхати пря прямий прямо
прямота прямувати прізвище психологічний псувати публічний публічно пункт пустеля пустий
пустувати південне південно південнокорейський південь півзахисник півночі північ північно
північнокореєць півострова півострів півфінал пігмей під підбор підвищення підвищити підвищувати
підводити підводний підготовка підготовлений підготувати підготуватися підконтрольний
підкреслити підлий підлість підліток піднятися підніматися підозра підозрюваний підозрілий
підполковник підраховувати підроблений підрозділ підрядник підстава підсудний підсумок
підтверджений підтверджувати підтвердити підтоплений підтримання підтримати підтримка
підтримувати підход підхід підірвати пізно пізній пізніше пізніший пікап піклувальник піклування
пілот пір'я пірнати після післяобідній пісня піт піта піти піч пішохід рад радий радикальний
радник радше радіо радіостанція радісний радісно радість радіти раз разом район рак ракета
ракетний раковий рамка рана ранка ранковий ранком рання ранній рано раніше раунд рафія рахунок
реабілітуватися реакція реальне реальний реальність реалізований реалізувати реаліті регрес
регулярно регіон регіональний режим резонувати результат рейс рейтинг реклама рекомендація
рекомендувати релігійний ремонтувати репатріювати репер репресія респондент республіканець
рестарт ресторан ресурс ретельний референдум рефері реформа речник речниця решта реєстратор риба
ризик ризикувати рим ринка риса риторика робити робот робота робочий родич розбіжність
розважальний розважати розвинутий розвиток розвідати розвідка розгляд розглядання розглядати
розглядатися розглянути розгніваний роздавати роздрібний розділити розділитися роззброюватися
роззброєння розказати розкривати розкрити розкритикувати розкіш розкішний розлад розмальований
розмова розмір розмістити розміщення розповсюджувати розповсюджуватися розповідати розповідатися
розповісти розподілити розпочати розпочатися розпочинати розправитися розпізнавати розрахований
розраховувати розрахунок розрив розробити розробляти розрізнений розслідування розтанути
розташування розташувати розум розуміння розуміти розцінити розцінювати розчарований
розчарування розчарувати розширений розширити розшукувати розібрати розірваний рок роками рол
роль російський ротація рубіж руйнування руйнувати руйнівний рука рух рухатися рухливий ручка
ручний ряд рясне рятувальний рятувальник рівень рівно рівномірно рівноцінний рівня рідко
рідкісний рідне ріжок різка різкий різний різнитися різниця різнокольоровий різня рік ріка ріст
річ річний річниця рішення рішучий сад сайт сам саме самий самка самоврядування самогубство
самосатир саміт санкція сантиметр свинар свинарник свиний свиня святиня святкування свідок
свідомий свідчення свідчити свій світа світило світлий світло світліший світовий світосприйняття
себе сезон сей секретар секретний сексизм сексуальний сектор секунда семеро сенатор сепаратист
сепаратистський сердитий сердитися середа середина середньостроковий середній середовище
серйозний серйозно серпень серія сесія сидіти сила сильний сильно символічний син сингл
синтетичний синій сирійський сирієць система ситуація сказати скандал скандувати скарб скарга
скаржитися скасувати склад складатися складний складно складніший скласти скластися
скомпрометувати скоригувати скористатися скоротити скоротитися скорочений скорочення скорочено
скорочувати скоріший скоєний скоїти скромний скуповування слабий слабкий слово словом служба
службовець слухання сльоза слід слідкувати слідчий сліп смак смертний смерть смисл смуга смуток
сміття сміх сміховинний смішити смішне смішно снайпер соб солдат соло солом'яний сонце сонячний
сотня соціальний соціалізуватися союзник сп'яніння спалах спека спекотний спектр
спецпризначенець спецпідрозділ спеціально спеціаліст спин список сплачувати сповнений
сповільнення спогад сподобатися сподіватися споживач спокій спокійний спокійно спонсор спорт
спортивний спортсмен спорядження спостерігати спостерігатися спосіб спотворений спотворити
спочатку справа справедливе справедливий справжній спрацювати сприймати спричинений спричинити
сприяти сприятливий спроба спробувати спровокований спровокувати спростовувати спростувати
спротив спрямований спрямувати спустошений спустошення співачка співвітчизник співголова
співпрацювати співпраця співробітник співрозмовник спіймати спілка спілкуватися спільний
спільнота спіткати ссавець стабільний стабільніший став ставати ставитися ставлення стадіон
стадія сталий стало стан стандарт стандартний становити становище стар старанність старатися
старе старий старт стартувати старший статевий стати статися статок статус стверджувати
створення створити створювати створюючи стежити стерлінг стило стиль стимулювати стиснений
стихійний столиця століття стоп сторона сторонній стосовно стосуватися стосунок стояти страждати
страта стратегічний стратегія стратити страус стресовий стрибаючий стрибун стримання стримування
стримувати структура струснути стрій стрільба стрілянина стріляти стріт ступінь стурбований
стюардеса стягуватися стілець стільки стіна стінка субота суботній суверенний суворий суд суддя
сукупний сум сумка сумління сумний сумно сумнів сумніватися суперечити суперечка супермаркет
супермодний суперник суперсекретний супроводжувати супровід супротив супротивник суспільство
сусідній суттєвий сухий сучасний сфера сформований схвалити схвалювати схвилювати схема сховати
сховатися сходовий схоже схожий схопити східний сцена сценарій сьогодні сьогоднішній сьомий
сюжет сюжетний сім сім'я сіра сітка січний сіяти таблиця табло тайм так таки такий також таксист
таксі тактик талант там тачдаун таємне тварина твердо творіння теж телевізор телевізійний
телеканал телепрограма телефон телефонний темний темнота темп температура тенденція тент теорія
тепер теперішній теплий тепло теракт територія термін терміновий тероризм терорист терпіти терти
тестувати техаський технологічний технологія технік технічний теча тиждень тим тип тиск титул
тихнути тихо тиша тля тобто тобі товар товариш товарообіг того тоді тодішній той том тон тонути
тонучий топ торговець торговий торгівля торік торішній точний точно травень травма травмувати
традиція трактор трамплін транзиторний транслюватися трансляція трапитися траплятися траса траст
траєкторія треба тренд тренер тренування тренувати третина третій три трибунал тривалий тривало
тривати тривога тривожний тригер тримати тропічний трофей трохи трубка труднощі тріумф туман
тупик турбувати турбуватися турист турнір тут тягар тяжкий тяжко тікати тілесний тіло тілорух
тільки убачаючи убити убір ув'язнення ув'язнити увага увесь увечері увійти угода удар ударити
удатися удома уельський узбережжя укласти уламок умисел умова умовний унеможливлення уникати
уникнення уникнути універмаг унікальний упевнений уперед упускати упіймати ураган уривчастий
уродженець уряд урядовий урятувати усвідомлювати усе ускладнити ускладнювати успіх успішний
успішно установа установка усунути усього усюди усілякий утекти утискати утома утратити
ухвалення уходити учасник участь учень учора ушкодження уява факт фактично фактор фальшивий
фарба фармацевтичний фатальний федеральний фермер фермі фестиваль фланг фланкер флот фон фонд
форболама форбіль форвард форма формальний формально формат формування форсом французький
функціонувати фунт фургон фут фізичний фіксувати фільм філія фінанси фінансовий фінансування
фініш хазяїн хакер хаос характер характерний харизматичний хвалити хвастати хвилина хворий хвіст
хибний хлопець хлопців хлопчик хмара ховати ховатися хода ходити холод холодна холодний хоп
хоробрість хороше хороший хотів хотіти хоча хто хтось хімічний хіп цвітіння цей центр центральне
центральний церемонія церква цивілізація циклон цитата цифра цунамі цьогорічний цікавити цікаво
ціле цілковитий цільовий ціна цінний цінність цінувати чаклун чара чарівний час часовий частина
частково часто частота чверть чекати чемпіон червень червневий червона червоний черга черговий
через четвер четверо четвертий чий чийсь чилійський чим чин чинити чинний чиновник чисельно
число читати читач член човен човно чого чогось чоло чоловік чоловіків чома чорна чорнити
чорношкірий чотири чотириразовий чотирнадцятий чотирнадцять чудо чудовий чути шайба шаленство
шана шанс швед швидка швидкий швидко швидкість швидший шестеро шеф шикарний шина ширина широке
широкий широко широкомовний шия шкала шкереберть шкода шкодити шкодувати школа шкіпер шкіра
шкіряний шлях шляхопровід шокований шокуючий шолом шопінг шосе шостий шотландський шоу шпигун
шпигунство шпигунський штаб штанга штат шторм штраф штрафний штучний шукати шістдесят
шістнадцятий шість щасливий щасливити щоб щовечора щоденний щодня щодо щомісячний щонайменше
щоразу щорічний щосили щось щільний юрист явка являти ядерний яйце який якийсь яким якнайкраще
якомога якщо якість яскравий яхта яєчник європейський європеєць єдиний єдність єпархія
єпископський ігор іграшковий ідеальний ідентифікований ідея ізолятор ім'я іммігрант
імміграційний імміграція імовірно імпорт імпортувати імпульс імпічмент імунний імітуючи інакше
інвестиція інвестор інвестувати інгредієнт індивідуальний індикатор індонезійський інколи
інновація іноземець іноземний інспектор інститут інструмент інсульт інтелект інтерв'ю інтерес
інформація інформувати інфікований інцидент інший ініціатива ініціювати іронічний існування
існуючий іспанець іспанський істина історичний історія ішемічний іще їжа їхати їхній
"""
    ).split()
)

RU_COMMON_LEMMAS = frozenset(
    (  # noqa: SIM905
        """
com org pwp samaritans soprano twp weather аббревиатура абонент абсолютно аварийный авария
август авиакатастрофа австриец австрийский автобус автоматически автомобилист автомобиль
автономия автопроизводитель автор агент агентство агрессивный агрессия администрация адрес
академический академия аксессуар актерский актив активист активистка активно активность активный
акция алкогольный аль альбом американец американский анализ анализировать аналитик аналогично
аналогичный ананас анархия анатомия англ английский англиканский аномально аномальный анонимно
анонимность апрель аптечный арбуз аргентинский аргумент аренда арендный арест арестовать
арестовывать аризонский армейский армия артерия артист архитектор ассортимент атака атаковать
атлетика атмосфера аудитория аутлета аэропорт база баллистический баллотирование баллотироваться
бандитский бар бару баскетболист батальон бега бегать беда бедный бедствие бежать бежевый
беженец без бездомный бездушный бездыханный безжалостный безнадежно безопасно безопасность
безопасный безработица безуспешно безуспешный белок белый бельгиец бельмо берег береговой
беспартийный бесплатно беспокоить беспокойство беспорядок беспрепятственно беспроигрышный
бессильный бесспорный бизнес билет битва бить благодарить благодарность благодарный благодаря
благополучно благополучный благоприятный благородство благословение благотворительный блестящий
близкий близко блокада блокировать богатый богга бойкот бойкотировать более болезненный болезнь
болельщик боливиец боливийский боль больница больничный больной больше больший большинство
большой бороться борт борьба бояться брат брать брезентовый бренд британец британский бронза
бронзовый бросить броситься будто будущее будущий буква бывший быстро быстрый быть бюджет важно
важность важный вакцина валлийский вариант ваш вблизи ввезти ввести вводить вводиться ввоз
ввозить вдвое вдохновить веб вегановый ведущий ведь вездесущий везти век великий великолепно
великолепный велосипедист велосипедный венок венский вера верить вернуть вернуться вероятно
вероятность вертолет верхний верховный вес веселие веселый вести вестись весь ветер ветеран
ветеранский веха вечер вечеринка вечером вещь взаимодействие взаимоотношение взбучка взглянуть
взимать взиматься взлетный взрослый взять вид видео видеозапись видеорегистратор видеосвязь
видеть виза визит вина виноватый виновность виновный винтовка виртуальный вица вклад включать
включая включить вкус владелец владение владеть влажный власть влево влияние влиять вменение
вместе вместо вмешательство вмешаться вмешиваться вне внести внешний внимание вновь внук
внутренний внутри внушить вода водитель военнослужащий военный возвратиться возвращаться
возвращение возглавить возглавлять возглас воздействовать воздух возле возложить возможно
возможность возможный возмутительный вознаградить возникнуть возобновить возобновиться
возобновление возражать возраст возрасти возрождение возыметь воин воинственный война войти
вокруг волнение волновать волонтер волшебник воля воображение вопрос ворота восемь воскресение
воскресный воспользоваться воспоминание воспрепятствовать восприниматься воссоединение
воссоединяться восстанавливать восстановительный восстановление восток восточный восхваление
восхождение восьмой впервые вперед впереди впечатлить впечатляющий вполне впоследствии враг
враждебный врасплох вратарь вредить временно временной время вручение вряд все всегда всеобщий
вскоре всплыть вспоминать вспомнить вспышка встретить встретиться встреча встречаться вступать
вступить всякий втиснуть вторичный вторник второе второй второстепенный втягивать входить вхожий
вчера выбирать выбить выбор выборы выбрать вывезти вывесить вывести вывешить вывод вывоз
вывозить выволочь выгода выдать выдаться выдача выдающийся выдвигать выдвижение выдвинуть
выделить выделять выдумать выдумка выезд выездной выживать выживший выжимать выжить вызвать
выздороветь вызывать выиграть выигрывать выйти выкупить вылезти вылететь выложиться вымуштровать
вынесение вынести вынудить выпадение выпасть выполнить выполнять выпуск выпустить выработать
выравнивание выравнивать выражать выразить вырасти вырваться выровнять выручить выручка вырыть
выселение выселить высказать высказаться выскочить высокий высоко высокопоставленный высота
выставить выстрелить выстроить выступать выступить выступление высший выход выходить выходной
выяснить гадкий газ газета галочка гарантировать гарантия гарлемский гарнитур где гей гектар
гениталии гербовый героически герой гибель гибнуть глава главное главный глаз гламурный глубокий
глубоко гнев гнездо гном говорить говориться говорящий год годовой годовщина гол голевой
голливудский голова головной голод голодание голодать голос голосование голосовать голубой голый
гольф гольфистый гомосексуализм гонка гора гораздо гордиться гордость гордыня горизонт горный
город горький горячий горячо госдепартамент госпитализировать госпиталь господин гостевой
гостиная гостиничный гость государственный государство готовиться готовность готовый градус
гражданин гражданство граница грань графика графство греть грин грозить громкий грудь грузовик
группа групповой грустить грустно грустный грязекаменный губернатор гулянка гулять гуманитарный
густой давать давление давно даже дайвера далекий далеко дальнейший дальний данные данный дар
дать дача два двенадцать дверь двигаться движение двое двойной двор двоюродный двусторонний
дебаты дебютировать девелоперский девочка девушка девять дед дежурный действие действительно
действительность действовать действующий декабрь декабрьский декриминализировать
декриминализовать делать делить дело демилитаризовать демократ демократический демонстрация
демонстрировать демонстрироваться демонтаж демонтировать денежный денуклеаризация день деньга
департамент депортировать депрессия депрестись дерево держать держаться дерьмо десятилетие
десятка десять деталь детальный детектор детский дефис дефицит дешево дешевый деятельность
диалект дивизион дизайн дизайнер дикий динамит дипломат дипломатический дипломатия директор
дисквалификация дискриминация дискуссия длинношерстный длинный длительный длиться для добавить
добавлять добиваться добиться доблесть добровольный доброжелательность добросовестный добрый
добыть добыча доверие довести довольно довольный договоренность договориться дождливый дождь
дойти доказать доктор документ долг долгий долгосрочный должное должность должный долина доллар
доля дом домашний доминировать домогательство домогаться домой дополнительный допрос допустить
дорога дорого дорогой дорожка доспех доставить доставлять доставляться достаточно достаться
достигать достигнуть достижение доступ доступно доступный досуг доход доходить дочь драгоценный
драка драма драматичный друг другой дружелюбный дружеский дружественный дружить дубинка думать
дух душевный дыхательный дышать европейский еда едва единогласно единственный единство ежегодный
ежедневный ежемесячный епархия если естественный есть ехать еще жалоба жаловаться жанр жара
жаркий жаркое ждать желанный железа желтый жена женатый жениться женщина жертва жесткий жестокий
живо живой живот животное жизненный жизнь жилец жилищный жилье житель жить журналист жюри
забавно забитый забить заблокировать заболевание заболеть забор забрасывать забывать забытый
забыть заведение завершение завершить зависеть завладеть завод завоевать завтра загадочный
загнать загон загрызть задаваться задание задать задаться задача задержание задержать
задерживать задержка задирание задний задорный задумать задуматься задыхаться заезжать
зажигаться заинтересованный зайти заказ заказать закаленный заключаться заключение
заключительный заключить закон законный законодатель законодательство законопроект закончить
закрепить закричать закрывать закрыть закрыться зал залечивать залив залог заложник
замаскированный замахнуться замедление замена заменить заметить заметно замечательный замолкнуть
заново заночевать занять заострить западный запас запасной запечатлеть записывать запись
заплакать заплатить запоздалый заполненный заполнить запомнить запретить запрещать запрос
запускаться запчасть заработать заражение заразить зарегистрировать засвидетельствовать
заседание заслать заслуга заслужить заслушать заставить застать засуха засушливый затем зато
затопить затронуть затруднять зафиксировать захват заходить зацепиться зачастую зачетный
зачитать зашить защита защитить защититься защитник защитный защищать заявить заявление заявлять
звуковой звучать здание здесь здорово здоровье здравоохранение здравствовать зеленый
землетрясение земля злиться зло злоба зловещий злой злоключение злость знак знакомый знаменитый
знать значение значимый значит значительно значительный значить золотой зона зреть зритель зыбка
игнорировать игнорироваться игра играть игривый игровой игрок идеальный идти избегать избежание
избежать избиратель избирательный избирать избрать известить известность известный извещение
извлечение извлечь изготавливать издание издательство излишний изменение изменить измениться
изнасилование изначальный изнурительный изобретательный изолировать изолятор изучать изучение
изучить или имение именно именоваться иметь иммигрант иммиграционный иммунный импичмент импорт
импортировать имя иначе инвестирование инвестировать инвестиция инвестор индивидуально
индивидуальный инициатива инновация иногда иной иностранец иностранный инспектор институт
инструктаж инструмент инсульт интеллект интенсивный интервью интерес интересный интерьер
интрижка информация информированность инцидент исказить искалечить искать исключать исключение
исключительно исключительный исключить ископаемое искусственный испанец испанский исполнение
исполнительный использование использовать использоваться испортить исправить исправлять
испугаться испытание испытывать исследование исследователь исследовательский истина исторический
история источник исход исчезать исчезновение исчезнуть исчисление итог июль июнь июньский
йоркширский кабельный кабинет каждый казаться казнить казнь как какашка какой камень камера
кампания канадский канал канализационный кандидат кандидатура канцлер капитан капля кардинально
карильон карта картина карточка карусель карьера касание касаться каталанский каталонский
катастрофа категорически категория качество квази квалификация квартал квартира квартирный квота
килограмм килограммовый километр кинематографический киноиндустрия кинопроба киоск китайский
класс клейкий клетка клуб ключевой клюшка книга когда кожа кожаный козырь колено колесо
количество коллега коллекция колокол колоректальный колотый колумбиец команда командир командный
комедийный комедия комитет комический комментарий комментатор комментировать коммерческий
комната компания компенсация комплекс компьютерный кон конгрегация конгрессмен конец конечно
конечный конкурентный конкурентоспособность конкуренция конкурс консалтинговый консервативный
консультант контакт контекст контент контрабанда контрабандист контролировать контроль
конференция конфликт концентрация концепция конченый копаться коренной корень коричневый кормить
корн короткий корпоративный корпорация корректировать корреспондент косвенно косметика
косметический косметолог который кошка край крайне крайний крайность красивый краска красный
красоваться краткий крест крестьянин крик криминалистика критик критика критиковать кричать
кровопролитный кровь круг крупный крушение крылатый кто кубометр куда кулуар культурный
купальник купить куртка кусачий кутюра лаборатория лабораторный лавка лагерь лагуна ландшафт
лауреат левый легитимный легкий легко легкоатлетический лейбл лейборист лейкемия лейтмотив
лекарство лента лесной лестничный летний лето летучий летчик лечебный лечение лживый либеральный
либо ливень ливневый лига лидер лидерство лидировать линейка линейный линия лифт лицо лично
личность личный лишать лишение лишить лишь ловкость ловля ловушка логика лодка ложный ложь
лозунг локальный локация лондонский лопасть луг лунка луч лучший любимый любить любовь любой
любопытный люксовый лязгать магазин магнитуда май максимальный максимум маленький мало малый
малыш мальчик мама маппет маппеть марка март маршрут маска масса массив массивный массовый
масштаб материал материк матч мать машина мгновение медалист медаль медвежонок медицинский
медленно медленный между международный мексиканский мелкий мелодия мемуары менеджер менее меньше
меньшинство менять меняться мера мерзость мероприятие мертвый местность местный место месяц
метеорологический меткий метод методистский метр механизм механик меч мечта мечтать мешать
мигрант миграция микроволновый микроорганизм миллиард миллиардер миллион милый миля минимальный
минимум министерство министр минувший минута мир мириться мирный мировой мировосприятие мисс
миссис миссия мистер митинг млекопитающее млн млрд ммм мнение многие многий много многое
многоквартирный многолетний многообещающий многотысячный множество мобилизовать мобильный мода
модель модификация модный можно мозг мой мокрый мол молодежный молодежь молодой молочный молчать
момент море мороженое морской моряк мост мотивация мочь муж мужество мужской мужчина музыка
музыкант муха мысль мышление мышь мяч набирать наблюдательный наблюдать наблюдаться наблюдение
набрать наверняка наверху наводнение навредить навсегда навык нагорье награда наградить над
надевать надежда надежно надежный надеяться надо надувной назад название назвать назначение
называть наиболее наилучший наименее наименование наихудший найти наказание наказать наказуемый
накалиться накануне наконец накормить налаживание наличие налог намекать намерение намеренно
наметить намного нанесение нанести нанимать наносить наоборот нападать нападение напасть
написание написать напиток наполнять напоминать напор напористый направить направиться
направление направляться например напрокат напротив напряжение напрячь напыщенный наращивать
наркодилер наркотик народ население населять насилие насильственный насколько наслать наследие
насмерть настаивать настолько настояние настоящий настроение настроить наступательный наступать
наступить наступление насчет натуральный наука научить научиться научный находиться нацеливание
национальность национальный начало начальный начать начаться начинать начинаться наш
неанглийский неблагоприятный небольшой небытовой неверно невинный невиновность невиновный
невозможно невозможный невыполнимый негативно негативный недавний недавно недалеко недвижимость
неделя недобросовестный недоверие недовольный недовольство недолгий недолго недооценивать
недостаток недостаточный недостойный недоступный независимо независимость незадачливый незаконно
незаконный незапятнанный незначительный незыблемый неизбежно неизвестный неизменный неистовый
некоммерческий некоторый нелегально нелегальный нелегитимный нельзя немало немедленно немецкий
немного немой ненавидеть ненависть ненадолго необоснованный необходимо необходимость необходимый
необычно необычный неоднократно неожиданный неофициальный неохотно непобедимый неподалеку
неполноценность непонятный непопулярность непохожий неправда непрактичный непреклонный
неприемлемый непризнание неприятель неприятный непробиваемый непродовольственный непросто
непростой нервный нереализованный несерьезный несколько несмотря несобранный несовершеннолетний
несправедливый нести несущий несчастный нет нетопырь нетрадиционный неудача неудачный неудобный
неуклюжий неуместность неуместный неумышленный нехватка нечасто нечто неясный нибыть ниже низкий
низко низший никак никакой никогда никой никто ничего ничтожность ничтожный ничья новостной
новость новый нога ножевой ном номер номинация нормализация носить носиться нота ночница ночной
ночь ноябрь ноябрьский нравиться нужда нуждаться нужно нужный нуль нынешний нырять оба
обаятельный обвинение обвинитель обвинительный обвинить обвинять обдумать обернуться обеспечить
обеспокоенность обеспокоить обещать обжечь обидеть обильный обитание обладать облако область
облачить облегчить обломок обмениваться обнаружить обогнать обозначать обойти обойтись оборона
оборонительный оборот обоюдный обработка образ обратиться обратно обращаться обращение обрести
обрисовать обрушение обрушить обрушиться обследование обслуживание обстоятельство обстоять
обсудить обсуждать обусловить обучение обученный обход обходить обширный общаться общение
общественность общественный общество общий община объединиться объект объем объявить объявление
объявлять объяснить объяснять обыкновенный обычно обычный обязанный обязательный обязательство
обязать огнестрельный огонь огородить ограждение ограничение ограниченный огромный одежда
одержать одетый один одинаковый одиночный одиссей однажды однако одновременно однозначно
однозначный односторонний одобрить одобрять ожесточенный оживленный ожидание ожидать ожидаться
озвучить озеро ознакомиться означать оказание оказать оказаться оказывать оказываться окантовка
океан около окончание окончательно окончательный окровавить округ окружение октябрь олимпийский
она они оно опасаться опасение опасно опасность опасный оперативно оперативный оператор описание
описываться оползень оппонент оправдать определенно определенный определить определиться
опробовать опровергать опровергнуть опрос оптимальный оптимизм оптимистично оптимистичный
опубликовать опустить опуститься опустошить опыт опьянение опять орган организация организовать
ориентация ориентировочно оркестр орудие оружие осадка осадки осветительный освещать освободить
освобождать освобождение осень ослабить ослабление ослаблять ослабнуть ослепить осмыслить основа
основной особенно особо особь осознанный оставаться оставить оставлять остальной останавливать
останавливаться остановить остаток остаться остров острый осудить осуждать осуществить
осуществление отбить отбывать отбытие отбыть отвага отвергать отвергнуть ответ ответить ответный
ответчик отвечать отводиться отвратительный отдавать отдаленный отдать отдел отделение отдельный
отдыхать отел отель отец отзываться отказ отказать отказаться отказываться откалибровать
откладывать откладываться отклонить отклонять открывать открытие открытка открытость открытый
открыть открыться отличаться отличие отличный отменить отметить отмечать отнестись относительно
относиться отношение отнюдь отображаться отобрать отозвать отозваться оторваться отпечаток
отправить отправиться отправляться отпугивать отпугнуть отпуск отпускать отпустить отражать
отражение отразить отразиться отраслевой отрасль отреагировать отремонтировать отрицательно
отрицательный отрицать отрыв отслеживать отставать отставка отстать отступить отсутствие
отталкивать оттеснять оттолкнуть отчасти отчаянно отчет отъезд отыграть офис офисный офицер
официально официальный официант оформление офф охарактеризовать охватить охота охотничий
оцениваться оценка очаровательный очевидный очень очередной очередь очки очко очутиться ошибка
оштрафовать ощущение паб паводковый паводок падать падение палата палатка палаточный палец
памятник память паниковать пара парад парапланеризм парапланерист парень парный пародийный
пародия партия партнер парус парфюмерия парфюмерный пас пассажир патрулировать пациент пациентка
певица пенальти первоначальный первый перебежчик перевес перевозить переговоры перегрузить
перегруппироваться перед передаваться передать передача передвигаться передышка переехать
переживание переживать пережить перезагрузка переизбрание перейти перекресток перекрыть
переливание переложить перелом перемена перенести перерыв пересечение пересечь переставать
перестать перестрелка переступить перехват перехватить переход перешагнуть период перо персона
персонаж перспектива перспективный песня пестрый печально печальный печь пешеход пиво пилот
пинта писатель писать письмо пит питать пища плавание плакать план планировать планироваться
плата платить плато плач плей пленник плестись плечо плод плохо плохой плыть пляжный
пневматический побег победа победитель победить побеждать побережье поблагодарить поблизости
побудить повар поведение повезти повести повиснуть повлечь повлиять повод поворот повредить
повреждать повреждение повседневный повсюду повторить повториться повторно повторный повторять
повысить повышать повышение погибнуть погибший поглощать поговорить погода погоня пограничный
погрузиться под подавать подавить подавлять подарить подарок подать подача подбор подведение
подвергать подвергнуться подвесить подвинуть подводный подготовить подготовиться подготовка
подделка поддельный поддержание поддержать поддерживать поддержка поделиться поджигать подиум
подлинный подлость подлый поднимать поднять подняться подобающий подобный подобрать
подогреваться подозревать подозрение подозрительный подойти подоспеть подписчик подполковник
подражать подразделение подробный подросток подряд подрядчик подсудимый подтвердить подтверждать
подтверждаться подумать подход подходить подчеркивать подчеркнуть подчиняться поездка пожалеть
пожалуй пожар пожелать пожизненный пожилой позади позволить позволять позвонить позвоночник
позднее поздний поздно позже позитивно позитивный позиционировать позиция позишн познакомиться
позорный поимка поинтересоваться поиск поймать пойти пока показ показание показать показаться
показывать покинуть поклонник поклясться поколение покончить покорить покормить покрыть
покупатель покупательница покупать покупаться покупка покушение полагать поле полевой полезный
полет полигон политика политический политолог политология полицейский полиция полка полномочие
полностью полный половина половой положение положительно положительный положить полоса полтора
полузащитник полуостров полуфинал получать получить польза пользоваться полюбить поменять
поместить поместье помешать помещение помнить помогать помочь помощник помощь помчаться
понедельник пони понизить понимание понимать поножовщина понравиться понтовый понять пообещать
поощрить попадание попадать попасть попечение поправиться попросить попрощаться популярность
популярный популяция попытаться попытка пора поражение поразить породить порождать порошковый
портить портрет поручитель поручительство порция порядок посадочный посвятить посетитель
посетить посещать поскольку послание после последний последовательность последствие последующий
послужной посмотреть поспособствовать пост поставить поставка поставляться поставщик постараться
постепенно постепенный постоянно пострадать построить посттравматический поступать поступить
посыл потенциальный потерпевший потеря потерянный потерять поток потом потому потребитель
потребовать потрясти поул похвала похвалить похвастаться поход походить похоже похожий починить
почта почти пошутить поэтапный поэтому появиться появление появляться пояс пояснять правда
правдивый праведный правило правильно правильный правительственный правительство право правовой
правопорядок правый прайма практически пребывание превзойти превосходный превосходство
превратиться превышать предавать предать предварительный предвыборный преддверие предел
предлагать предлагаться предлог предложение предложить предмет предназначить преднамеренно
преднамеренный предоставить предоставление предотвратить предотвращать предотвращение
предполагать предпочитать предпочтение предприниматель предпринимательство предпринимать
предпринять предприятие председатель предсезонный предсказывать представать представитель
представить представлять представляться предстать предстоять предстоящий предупредить
предупреждать предъявить предыдущий прежде преждевременно прежний президент президентский
президентство преимущественно преимущество прекрасно прекрасный прекратить прекращать
прекращение премьерство преобразить преодолеть преподобный препятствие препятствовать
преследование пресс пресса престарелый преступление преступник преступность преступный претензия
при прибегнуть приближаться приблизительно приблизительный приблизить прибрежный прибывать
прибыль прибытие прибыть привезти приверженность привести приветствовать прививка
привилегированный привить привлекательный привлекать привлечение привлечь привносить приводить
привозить привычка пригвоздить пригласить приглашение приговор приговорить пригород придавать
придумать приезд приезжать приехать призвать приземлиться признаваться признак признать
признаться призрак призыв призывать прийти прийтись приковать прикол прилегать прилив приложить
применение применить применять применяться пример примерно принадлежать принести принимать
приносить принудительный принятие принять приобрести приобретать приобретение природа природный
присоединиться присоединяться присутствие присутствовать присяга притягивать приход приходить
приходиться прихожанин причал причина причинить причудливый приют приятель приятно приятный про
пробить пробиться проблема провал проведение проверка проверять провести провинция проводить
провоцирование прогноз проголосовать программа прогресс прогрессивный продавать продажа продать
продвигаться продвинуться проделать продовольственный продолжать продолжаться продолжение
продолжительный продолжить продолжиться продукт проект проживать прожить прозвучать прозрачность
проиграть проигрывать проигрышный произведение произвести производитель производительность
производить производство произноситься произойти происходить происшествие пройти
прокомментировать прокуратура прокурор пролететь пролиться промежуточный промчаться промышленник
промышленность проникновение проникнуть пропасть прописной пропускной пропустить прорваться
прорыв просить прослеживаться прослушивать просмотр простираться простить просто простой
просторный пространство просьба протестовать против противник противоположный противораковый
противостояние противостоять профан профессиональный профессор профсоюз прохладный проходить
прохождение процветание процент процентный процесс прочность прошедшее прошлое прошлый проявить
прыгнуть прямо прямой прятать псевдоним публикация публиковаться публично публичный пулемет пуля
пункт пустить пустой пустынный пустыня путем путешественник путь пучеглазый пушка пыль пытаться
пята пятница пятничный пятый пять работа работать работник рабочий равно равновесие рад
радикальный радиоведущий радиус радоваться радостно радостный раз разбитый разве разведка
развитие развиться разгневать разговаривать разговор раздел разделиться разделять раздеть
раздражение различаться различный размер размещать размещаться размещение разница разногласие
разнос разный разорвать разоружаться разоружение разоружиться разочарование разочаровать
разочаровывать разрабатывать разработать разработка разрезной разрешать разрешаться разрешить
разрушать разрушение разрушить разрыв разряд разумеется разыграться разыскивать район рак ракета
ракетный ракетчик раковый рамка рана ранее ранение раненый ранить ранний рано раньше раскалиться
раскаяние расколоть раскритиковать раскрывать раскрыть расплакаться расплатиться распознавать
располагать располагаться расположение распоряжаться расправиться распространить
распространяться рассердить рассказать рассказывать расслабиться расследование расследовать
рассматривать рассматриваться рассмотрение рассмотреть расстроить расстроиться расстройство
рассчитать рассчитывать растаять расти растяжение расход расширяться ратуша раунд рафия рваться
реакция реализация реализовать реалить реальность реальный ребенок ребята регион региональный
регистратор регламент регулярно регулярный редкий редко режим режиссер резервация резиновый
резкий резко результат рейнджер рейс рейтинг реклама религиозный ремиссия ремонтировать
реорганизовать репатриация репортаж репрессия респондент республиканец ресторан ресторанный
ресурс референдум реформа речь решаться решающий решение решимость решительно решительный решить
риск рисковать ритм риторика рифмоваться ровесник ровно род родина родитель родиться родный
родственник рождение розыск розыскной рок роковой роль роскошный роскошь российский рост рот
рука руководитель руководить руководящий ручка ручной рыба рывок рыдать рыло рынок рычаг рэкет
рэппер ряд рядовой рядом сад сайт сам самка саммит самоироничный самолет самоубийство самоубийца
самоуправление самый санитар санкция сбивать сбить сбой сбор сборная свадьба сверстник
сверхсекретный свести свет светило светить светлый светский свидетель свидетельствовать
свинарник свиноферма свинья свобода свободный свой сворачивание свыше связанный связать
связаться связь священник сговор сдача сделать сделка сдерживание себя север северо
северозападный северокореец северокорейский сегодня сегодняшний седьмой сезон сей сейчас
секретарь секретный сексуально сексуальность сексуальный сектор семейный семь семья сенатор
сенатский сентябрь сепаратист середина серия серый серьезно серьезный сессия сесть сетка
сетовать сеть сжидить сидеть сила сильно сильный символичный симметричный синтетический сириец
сирийский система ситуация скажем сказать скамья скандал скандировать сквозной склоняться
сколько скомпрометировать скончаться скорее скоро скорость скорректировать скорый скромный
скрывать скрываться скрытый скрыть скрыться слабый слава слева следить следование следователь
следовать следственный следствие следующий слеза слепой слишком слово сложиться сложно сложность
сложный сломать служба служить случай случайность случаться случиться слушание слышать смелость
смелый смена сменить смертельно смертельный смертный смерть сместиться смешной смирять смотреть
смочь смузи смысл смягчать смягчение смягчить снайпер снаряжение сначала снижать снижение
снизить снизиться снимать снова сногсшибательный собеседник собирать собираться собрание собрать
собраться собственность собственный событие соведущий совершение совершенно совершенный
совершить совет советник совместно совместный совокупный современный совсем согласиться согласно
согласный соглашаться соглашение согревание согревать согреть содержание сожаление создавать
создаваться создание создатель создать сознание сократить сократиться сокращать сокращение
солгать солдат солнечный солнце соломенный сомневаться сомнение сообщать сообщаться сообщение
сообщество сообщить соответствие соответствовать соответствующий соотечественник соотношение
соперник сопоставимый сопредседатель сопротивление сопротивляться сопрячь соразмерный соратник
соревнование сорок сосед соседний соседство сослаться сосредоточиться состав составить
составлять состояние состоятельный состоять состояться состязание сотворить сотня сотрудник
сотрудничать сохранение сохраниться сохранять сохраняться социальный сочетать союзник спасатель
спасательный спасение спасибо спасти спастись спектр специалист специально спиртное список
спланировать сплотить сплошной спокойно спонсировать спонсор спорт спортивный спортсмен
спортсменка способ способность способствовать справедливый справиться справляться спрос спросить
спрятать спусковой спустя сравнение сравнивать сравнимый сравнять сражаться сразиться сразу
среда среди средневековый среднее среднестатистический средний средния средство срок срочный
срыв ссылка стабильный ставить ставка стадион стадия стаканчик сталкиваться стандартный
становиться стараться стартовать старший старый статистика статус стать статья стена степень
стерлинг стилист стиль стимулировать стихийный стихия стоимость стоить столетие столица
столкновение столкнуться столь столько стоп сторона сторонний сторонник страдать стража страна
странно странный стратегия страусиный страшный стрельба стремиться стремление стрессовый стрит
строительный строительство строить строчка строчный стул стюардесса суббота субботний
суверенитет суверенный суд судебный судить судья сумасшедший суметь сумка супермаркет
супружеский сухой существенно существенный существование существующий сфера схватить схватка
схема схожий сцена сценарий счастие счастливый счет считать считаться съесть сыграть сын сюжет
сюжетный таблица табло тайм тайный так также таковой такой такси тактика талант там таможенный
тачдаун твердо твой творение текущий телевидение телевизионный телевизор телеканал телесный
телефон телефонный тело тем тема темный темп температура тенденция теория теперь тепло теплый
теракт территория терроризм террорист террористический терять теряться теснить техника
технический технологический технология течение тип титул титуловать тихо тихоокеанский тишина
товар товарищ тогда тоже толпа толчок только тон тонуть топ топливо торговать торговля торговый
торжественно тот точка точно точный травля травма травмировать трагедия трагический традиция
трактоваться трактор трамплин транслировать требование тревожность тревожный тренер тренировка
третий треть три трибунал трижды триумф трое тропический трофей трубка трубопровод труд трудно
трудность трудный трудолюбивый трюк туман тупик тупица туповатый турбина турист турнирный тут
тщательно тыс тысяча тяжело тяжелый тяжесть тянуться убедительно убедить убедиться убежденный
убивать убийство убийца убитый убить убор уважение уведомление увеличение увеличивать
увеличиваться увеличить увенчаться уверенно уверенность уверенный уверить увидеть увлекательно
угол уголовный угорелый угрожать угроза удар ударить удаться удачный удваиваться удвоить
удержать удивительно удивляться удобный удовлетворить удовольствие удостовериться уезжать уехать
ужас ужасающий ужасно ужасный уже ужесточать ужесточение ужесточить узкий узко узнавать узнать
уйти указывать украсить укреплять укрытие улица улучшать улучшаться улучшить улучшиться
улыбаться улыбка умалчивать умение уменьшать уменьшить умеренный умереть уместный умирать
умолкать универмаг уникальный уничтожать уничтожение уничтожить упавший упасть уповать
уполномочить упоминаться упомянуть управление управленческий управлять упражнение ура уравнять
ураган уровень уроженец урок усиление усиливать усиливаться усилие усилить ускорить условие
усложнять услуга услышать усмешка успех успешно успешный успокоить установить установка
установление устраивать устройство уступить усугубить утвердить утверждать утверждение утеплить
утечка утешать утомленность утопический уточнить утрата утратить утренний утро утром ухватиться
ухо уход уходить ухудшать ухудшить уцелевший уценить участвовать участие участник участок ученик
ученый учет учитель учитывать учреждение ущерб факт фактически фактор фальшивый фамилия фанат
фантастический фармацевтический фарсовый февраль федеральный ферма фермер фестиваль фигура
фигурировать физический филиал фильм финал финансирование финансовый финишировать финишный фирма
фирменный флаг фланг флот фон фонд форвард форма формат формирование фотография французский
франшиза фунт фурор фут футбол футболист футболка футбольный хакер хаос характерный
харизматичный хвалить хватать хватить хвост химический хип хлев ход ходатайство ходить хозяин
хоккейный холод холодный хоп хоппер хороший хорошо хотеть хоть хотя хранение хранить хряк худший
цветение целевой целое цель цена ценить ценность ценный ценовый центр центральный цепной цепочка
церемония церковнослужитель церковь цивилизация циклон циркулировать цифра цунами чара час
частный часто частота частый часть чей человек чем чемпион чемпионат через черный черта
чертовски чертовый честь четверг четверка четвертый четкий четыре четырнадцать чилийский чинить
чиновник численный числиться число чисто читатель читать член что чтобы чувство чувствовать
чудесный чудо чуть шаг шанс швед шестеро шестой шесть шея шиворот шина ширина широкий широко
широкоэкранный школа школьный шлем шляпа шок шоссе шотландский шоу шпион шпионаж шпионский штаб
штанга штат шторм штраф штрафной шутка эвакуационный экземпляр экипаж экономика экономический
экран эксперимент эксперт экспертиза экспорт экспортировать экстренный электрик электрический
электронный элемент элитный эмоционально эмоциональный эмоция энергетика энергетический энергия
энергоноситель энтузиазм эпизод эпизодический эпоха этаж эталон этап это этот эфир эффект
эффективный эхо юбилей юго южнокорейский юмор юрист явить явка являться явно ядерный язык
яичниковый яйцо якобы яма январь яркий ярко яростный ярость ясно яхта
"""
    ).split()
)
