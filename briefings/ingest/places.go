package ingest

import (
	"bytes"
	"strings"
	"unicode/utf8"
)

// knownPlaces are the countries, territories, capitals and large cities
// news copy makes speak for their governments ("Ukraine says …", "Moscow
// warned …", "Beijing called on …"): a speaker by one of these names is a
// place, never a person. Folded to lower case; a place named in an article
// but missing here is still found by how the article uses it (placeUse).
var knownPlaces = set(strings.Join([]string{knownCountries,
	// Capitals and the cities that stand for their governments or sit in
	// the news as places that speak.
	knownCapitals, smallCapitals, knownCities}, " "))

// knownCountries are the countries and territories of knownPlaces, as copy
// names them: a nationality whose form two places could give ("Colombian"
// from Colombia or from Colombo) is the country's.
const knownCountries = `afghanistan albania algeria andorra angola anguilla argentina armenia australia austria azerbaijan
	bahamas bahrain bangladesh barbados belarus belgium belize benin bhutan bolivia bosnia botswana
	brazil brunei bulgaria burundi cambodia cameroon canada chad chile china colombia comoros congo
	croatia cuba cyprus czechia denmark djibouti dominica ecuador egypt eritrea estonia eswatini
	ethiopia fiji finland france gabon gambia georgia germany ghana greece grenada guatemala guinea
	guyana haiti honduras hungary iceland india indonesia iran iraq ireland israel italy jamaica japan
	jordan kazakhstan kenya kiribati kosovo kuwait kyrgyzstan laos latvia lebanon lesotho liberia
	libya liechtenstein lithuania luxembourg madagascar malawi malaysia maldives mali malta
	mauritania mauritius mexico micronesia moldova monaco mongolia montenegro morocco mozambique
	myanmar burma namibia nauru nepal netherlands holland nicaragua niger nigeria norway oman pakistan
	palau palestine panama paraguay peru philippines poland portugal qatar romania russia rwanda
	samoa senegal serbia seychelles singapore slovakia slovenia somalia spain sudan suriname sweden
	switzerland syria taiwan tajikistan tanzania thailand togo tonga tunisia turkey turkiye
	turkmenistan tuvalu uganda ukraine uruguay uzbekistan vanuatu venezuela vietnam yemen zambia
	zimbabwe britain england scotland wales greenland crimea donbas gaza tibet kashmir xinjiang
	chechnya transnistria abkhazia somaliland catalonia europe africa asia america us u.s u.s. uk u.k u.k.
	swaziland timor-leste guinea-bissau
	bermuda gibraltar aruba curacao curaçao niue guernsey macau macao martinique
	guadeloupe mayotte tokelau tahiti falklands bonaire`

// knownCapitals and knownCities are knownPlaces' capitals and large cities.
const knownCapitals = `kabul tirana algiers luanda yerevan canberra vienna baku manama dhaka minsk brussels
	sarajevo brasilia ouagadougou ottawa beijing bogota kinshasa zagreb
	havana nicosia prague copenhagen cairo tallinn helsinki paris tbilisi berlin accra
	athens budapest reykjavik delhi jakarta tehran baghdad dublin jerusalem rome tokyo amman astana
	nairobi pristina bishkek vientiane riga beirut tripoli vilnius antananarivo bamako valletta
	chisinau ulaanbaatar podgorica rabat maputo naypyitaw yangon windhoek kathmandu amsterdam
	managua niamey abuja pyongyang skopje oslo muscat islamabad ramallah lima manila warsaw lisbon
	doha bucharest moscow kigali riyadh dakar belgrade freetown bratislava ljubljana mogadishu
	pretoria seoul juba madrid colombo khartoum stockholm bern damascus taipei dushanbe dodoma
	bangkok tunis ankara ashgabat kampala kyiv kiev london washington montevideo tashkent caracas
	hanoi sanaa lusaka harare kuwait`

// smallCapitals are the capitals of the smaller states and territories:
// places of the lists, but no source of nationalities (adjectiveCountry),
// since copy makes no adjective of them and the forms a suffix makes of
// them are people's names as often. "Nassau" and "San Jose" without its
// accent are left out: in American copy they are a New York county and a
// California city far more often than the Bahamas' and Costa Rica's
// capitals, and a capital gives a story its home country.
const smallCapitals = `apia suva nuku'alofa nuku’alofa honiara castries bridgetown port-au-prince tegucigalpa quito
	asuncion asunción sucre paramaribo mbabane maseru gaborone lilongwe bujumbura gitega asmara
	n'djamena n’djamena ndjamena yaounde yaoundé libreville brazzaville bangui malabo porto-novo lome
	lomé conakry bissau banjul nouakchott monrovia yamoussoukro praia moroni thimphu dili majuro
	tarawa funafuti vaduz wellington belmopan roseau basseterre kingstown palikir papeete saipan`

const knownCities = `kharkiv odesa odessa lviv dnipro zaporizhzhia kherson donetsk luhansk mariupol sevastopol
	shanghai mumbai karachi lahore istanbul rafah aleppo mosul kandahar benghazi dubai geneva
	strasbourg frankfurt munich hamburg milan barcelona marseille lyon manchester birmingham glasgow
	edinburgh belfast cardiff chicago houston toronto montreal vancouver sydney melbourne osaka
	busan guangzhou shenzhen wuhan chongqing kolkata chennai bangalore bengaluru jeddah mecca
	basra erbil kirkuk homs idlib goma lagos johannesburg durban casablanca alexandria`

// knownPlaceNames are the places of knownPlaces that take two words or
// more, by their first word, so a run of capitals can be checked cheaply.
var knownPlaceNames = func() map[string]bool {
	m := map[string]bool{}
	for _, line := range []string{
		`north korea|south korea|saudi arabia|united states|united kingdom|new zealand|south africa|sri lanka`,
		`czech republic|costa rica|el salvador|ivory coast|burkina faso|sierra leone|south sudan|east timor`,
		`papua new guinea|north macedonia|united arab emirates|dominican republic|central african republic`,
		`equatorial guinea|san marino|cape verde|marshall islands|solomon islands|bosnia and herzegovina`,
		`antigua and barbuda|sao tome and principe|são tomé and príncipe|turks and caicos islands`,
		`trinidad and tobago|west bank|gaza strip|hong kong|northern ireland|great britain|phnom penh`,
		`addis ababa|dar es salaam|new delhi|tel aviv|abu dhabi|kuala lumpur|buenos aires|mexico city|la paz`,
		`rio de janeiro|sao paulo|são paulo|new york|los angeles|san francisco|st petersburg|st. petersburg|cape town`,
		`guatemala city|panama city|kuwait city|belize city|vatican city`, // "<Country> City": the capital, which stands for its government as the country's other capitals do
		`port moresby|port vila|port louis|santo domingo|san salvador|san josé|bandar seri begawan`,
		`andorra la vella|the hague|south tarawa|pago pago|cabo verde|timor leste`,
		`viet nam|ha noi`, // the state and its capital as its own diplomacy spells them
		// Territories and dependencies, which copy names as it names states.
		`puerto rico|american samoa|faroe islands|cayman islands|british virgin islands|virgin islands`,
		`new caledonia|french polynesia|cook islands|western sahara|saint lucia|st lucia|st. lucia`,
		`sint maarten|northern mariana islands|falkland islands|french guiana`,
		`isle of man`,   // a place with "of" in its name, as the capital below
		`port of spain`, // a capital with "of" in its name, which a reading at the "of" would split
		// The country by its own name, as its diplomacy and most copy
		// write it: raw, in lower case, and folded (the apostrophe dropped).
		`côte d'ivoire|côte d’ivoire|cote d'ivoire|cote d’ivoire|cote divoire`,
		// Places named with "and": a reading at the "and" would split a
		// body's name that ends in one.
		`saint vincent and the grenadines|st vincent and the grenadines|st. vincent and the grenadines`,
		`saint kitts and nevis|st kitts and nevis|st. kitts and nevis|wallis and futuna|heard and mcdonald islands`,
	} {
		for _, n := range strings.Split(line, "|") {
			m[n] = true
		}
	}
	return m
}()

// shortPlaceNames are places named with "and" as copy shortens them
// ("Turks and Caicos" for the Turks and Caicos Islands). They keep a
// body's name whole where it ends in one (placeJoins, placeStart), but are
// no place of the lists: the registry's forms of a body "of the <Place>
// Islands" must still read the whole place.
var shortPlaceNames = map[string]bool{"turks and caicos": true}

// isKnownPlace reports whether a folded name (without a leading "the") is
// a country, territory or city of the lists.
func isKnownPlace(name string) bool {
	name = stripPossessive(name)
	var buf [48]byte
	if len(name) <= len(buf) {
		// Lower-cased on the stack: the check runs on most names.
		l := buf[:len(name)]
		for i := 0; i < len(name); i++ {
			c := name[i]
			if c >= utf8.RuneSelf {
				goto slow
			}
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			l[i] = c
		}
		l = bytes.TrimPrefix(l, []byte("the "))
		if bytes.IndexByte(l, ' ') >= 0 {
			return lexiconClassBytes(l)&cPlaceName != 0 || string(l) == "the netherlands"
		}
		return lexiconClassBytes(l)&cKnownPlace != 0
	}
slow:
	name = strings.TrimPrefix(strings.ToLower(name), "the ")
	if strings.Contains(name, " ") {
		return knownPlaceNames[name] || name == "the netherlands"
	}
	return knownPlaces[name]
}

// knownBodies are institutions copy names by their building or street
// ("the White House said", "Downing Street said", "State House said" of
// an African presidency): organisations, though they end like places.
var knownBodies = set(`white|house downing|street élysée elysee élysée|palace elysee|palace
	blue|house whitehall quai|d'orsay vatican holy|see kremlin pentagon zhongnanhai capitol|hill
	state|house statehouse`)

// knownBodyEnds are the last words of knownBodies, checked first.
var knownBodyEnds = set(`house street élysée elysee palace whitehall d'orsay vatican see kremlin
	pentagon zhongnanhai hill statehouse`)

// isKnownBody reports whether a name (without a leading "the") is one of
// knownBodies.
func isKnownBody(name string) bool {
	last := name[strings.LastIndexByte(name, ' ')+1:]
	if len(last) > 12 || !knownBodyEnds[strings.ToLower(last)] {
		return false
	}
	return knownBodies[strings.ReplaceAll(strings.ToLower(name), " ", "|")]
}

// wordUse is how an article uses a capitalised word that stands alone as
// the subject of a speech verb.
type wordUse uint8

const (
	usedAsName    wordUse = iota // only ever capitalised: a name
	usedAsCommon                 // also in lower case, or a plural of people: a common noun
	usedAsPlace                  // after "in", "to" or "from", or with its adjective: a place
	usedAsSpeaker                // a name that is somewhere the subject of "says" or "said": a person as likely as not
)

// locatives before a capitalised word make it a place: "in Karvia",
// "flights to Dremia".
var locatives = set(`in to from into across throughout within inside outside near towards toward
	via visit visited visiting`)

// commonSubjects are plural nouns for people that open sentences as the
// subject of a speech verb ("Critics say …"), capitalised only there.
var commonSubjects = set(`police officials analysts critics residents witnesses prosecutors
	investigators doctors teachers retailers economists rescuers authorities organisers organizers
	scientists researchers experts sources protesters demonstrators lawmakers legislators senators
	voters farmers workers unions employers parents students activists campaigners traders investors
	bankers markets shareholders officers soldiers troops militants rebels insurgents separatists
	diplomats negotiators mediators observers monitors inspectors regulators judges lawyers attorneys
	supporters opponents fans players families relatives survivors victims locals villagers
	neighbours neighbors medics paramedics nurses firefighters forecasters meteorologists engineers
	historians commentators pollsters republicans democrats conservatives liberals socialists
	ministers leaders members everyone nobody someone others bloggers users residents staff
	employees executives managers directors owners landlords tenants drivers passengers pilots
	crews miners builders developers producers exporters importers suppliers carriers airlines
	lenders insurers manufacturers companies firms banks governments countries states allies
	partners rivals neighbours agencies groups charities`)

// wordUse says how the article uses the capitalised word w: in lower case
// somewhere, after a locative preposition or with its adjective of place
// ("Karvian" for Karvia), or only as a name.
func (x *extractor) wordUse(w string) wordUse {
	lw := strings.ToLower(stripPossessive(w))
	if x.wordUses == nil {
		x.wordUses = map[string]wordUse{}
	}
	if u, ok := x.wordUses[lw]; ok {
		return u
	}
	u := x.findWordUse(lw)
	x.wordUses[lw] = u
	return u
}

func (x *extractor) findWordUse(lw string) wordUse {
	if commonSubjects[lw] || groupNouns[lw] || wordClasses[lw]&(cRole|cFunction) != 0 ||
		isRoleWord(strings.TrimSuffix(lw, "s")) {
		return usedAsCommon
	}
	adjectives := placeAdjectives(lw)
	place, speaker := false, false
	for _, p := range x.d.paras {
		for i := range p.toks {
			t := &p.toks[i]
			if t.kind != tWord {
				continue
			}
			l := stripPossessive(p.low(t))
			if l == lw {
				if !t.isCap(p.text) {
					return usedAsCommon
				}
				if i > 0 && p.toks[i-1].kind == tWord && locatives[p.lw(i-1)] && !p.accordingTo(i-1) {
					place = true
				}
				if i+1 < len(p.toks) && p.toks[i+1].q == 0 && saysWords[p.lowerAt(i+1)] {
					speaker = true // "“…,” Oyunchimeg says"
				}
				continue
			}
			if t.isCap(p.text) && len(l) > len(lw)-2 && strings.HasPrefix(l, lw[:len(lw)-1]) {
				for _, a := range adjectives {
					if l == a {
						place = true
					}
				}
			}
		}
	}
	if place {
		return usedAsPlace
	}
	if speaker {
		return usedAsSpeaker
	}
	return usedAsName
}

// accordingTo reports whether the "to" at token i closes "according
// to": what follows is a source, so a lone name there ("according to
// <Surname>") is someone who spoke, not a place gone to.
func (p *para) accordingTo(i int) bool {
	return i > 0 && p.lw(i) == "to" && p.toks[i-1].kind == tWord && p.lw(i-1) == "according"
}

// saysWords are the plain speech verbs whose subject a lone name is, as
// features name people known by one name: "Oyunchimeg says".
var saysWords = set(`says said tells told adds added`)

// placeAdjectives are the adjectives a place name w may have: Karvia
// gives Karvian, Norland Norlandic, Japan Japanese, Pakistan Pakistani.
func placeAdjectives(w string) []string {
	out := []string{w + "n", w + "an", w + "ian", w + "ese", w + "i", w + "ish", w + "ic", w + "er"}
	if n := len(w); n > 3 && strings.ContainsRune("aeiouy", rune(w[n-1])) {
		b := w[:n-1]
		out = append(out, b+"an", b+"ian", b+"ese", b+"ish")
		if w[n-1] == 'i' {
			// "<Stem>i": the name itself, which copy also writes as
			// its adjective ("the <Name> side"). Not for a name ending
			// in another vowel, which no state's adjective swaps for
			// "i": the word made so is a surname or a given name as
			// often, and "<Given> <Stem>i" read as a nationality put
			// the story in another state.
			out = append(out, w)
		}
	}
	return out
}

// capitalCountries are the countries of knownCapitals, folded: a capital a
// story is filed from or keeps naming stands for its country, whether or
// not the registry lists the capital as the country's alias. A "_" in a
// pair stands for a space ("port_vila").
var capitalCountries = func() map[string]string {
	m := map[string]string{}
	for _, pair := range strings.Fields(`kabul:afghanistan tirana:albania algiers:algeria luanda:angola
		yerevan:armenia canberra:australia vienna:austria baku:azerbaijan manama:bahrain dhaka:bangladesh
		minsk:belarus brussels:belgium sarajevo:bosnia brasilia:brazil ouagadougou:burkina_faso
		ottawa:canada beijing:china bogota:colombia kinshasa:congo zagreb:croatia havana:cuba
		nicosia:cyprus prague:czechia copenhagen:denmark cairo:egypt tallinn:estonia helsinki:finland
		paris:france tbilisi:georgia berlin:germany accra:ghana athens:greece budapest:hungary
		reykjavik:iceland delhi:india jakarta:indonesia tehran:iran baghdad:iraq dublin:ireland
		rome:italy tokyo:japan amman:jordan astana:kazakhstan nairobi:kenya pristina:kosovo
		bishkek:kyrgyzstan vientiane:laos riga:latvia beirut:lebanon tripoli:libya vilnius:lithuania
		antananarivo:madagascar bamako:mali valletta:malta chisinau:moldova ulaanbaatar:mongolia
		podgorica:montenegro rabat:morocco maputo:mozambique naypyitaw:myanmar windhoek:namibia
		kathmandu:nepal amsterdam:netherlands managua:nicaragua niamey:niger abuja:nigeria
		pyongyang:north_korea skopje:north_macedonia oslo:norway muscat:oman islamabad:pakistan
		lima:peru manila:philippines warsaw:poland lisbon:portugal doha:qatar bucharest:romania
		moscow:russia kigali:rwanda riyadh:saudi_arabia dakar:senegal belgrade:serbia
		freetown:sierra_leone bratislava:slovakia ljubljana:slovenia mogadishu:somalia
		pretoria:south_africa seoul:south_korea juba:south_sudan madrid:spain colombo:sri_lanka
		khartoum:sudan stockholm:sweden bern:switzerland damascus:syria taipei:taiwan
		dushanbe:tajikistan dodoma:tanzania bangkok:thailand tunis:tunisia ankara:turkey
		ashgabat:turkmenistan kampala:uganda kyiv:ukraine kiev:ukraine london:united_kingdom
		washington:united_states montevideo:uruguay tashkent:uzbekistan caracas:venezuela
		hanoi:vietnam sanaa:yemen lusaka:zambia harare:zimbabwe
		apia:samoa suva:fiji nuku'alofa:tonga nuku’alofa:tonga honiara:solomon_islands castries:saint_lucia
		bridgetown:barbados port-au-prince:haiti tegucigalpa:honduras quito:ecuador
		asuncion:paraguay asunción:paraguay sucre:bolivia paramaribo:suriname mbabane:eswatini
		maseru:lesotho gaborone:botswana lilongwe:malawi bujumbura:burundi gitega:burundi asmara:eritrea
		n'djamena:chad n’djamena:chad ndjamena:chad yaounde:cameroon yaoundé:cameroon libreville:gabon
		brazzaville:congo bangui:central_african_republic malabo:equatorial_guinea porto-novo:benin
		lome:togo lomé:togo conakry:guinea bissau:guinea-bissau banjul:gambia nouakchott:mauritania
		monrovia:liberia yamoussoukro:ivory_coast praia:cape_verde moroni:comoros thimphu:bhutan
		dili:east_timor majuro:marshall_islands tarawa:kiribati funafuti:tuvalu vaduz:liechtenstein
		wellington:new_zealand belmopan:belize roseau:dominica basseterre:saint_kitts_and_nevis
		kingstown:saint_vincent_and_the_grenadines palikir:micronesia papeete:french_polynesia
		port_moresby:papua_new_guinea port_vila:vanuatu port_louis:mauritius santo_domingo:dominican_republic
		san_salvador:el_salvador san_josé:costa_rica bandar_seri_begawan:brunei
		andorra_la_vella:andorra south_tarawa:kiribati pago_pago:american_samoa
		saipan:northern_mariana_islands`) {
		capital, country, _ := strings.Cut(pair, ":")
		m[strings.ReplaceAll(capital, "_", " ")] = strings.ReplaceAll(country, "_", " ")
	}
	return m
}()

// countryDomains maps a country-code top-level domain to the country it
// is, as the lists name it: a closed class (ISO 3166), less the codes
// sold to anyone for their letters (.co, .io, .tv, .me, .fm, .ai, .ly, .cc,
// .ws, .to, .am), which say nothing of where a site is.
var countryDomains = map[string]string{
	"af": "afghanistan", "al": "albania", "dz": "algeria", "ao": "angola", "ar": "argentina", "au": "australia",
	"at": "austria", "az": "azerbaijan", "bd": "bangladesh", "by": "belarus", "be": "belgium", "bj": "benin",
	"bt": "bhutan", "bo": "bolivia", "ba": "bosnia and herzegovina", "bw": "botswana", "br": "brazil",
	"bg": "bulgaria", "bf": "burkina faso", "bi": "burundi", "kh": "cambodia", "cm": "cameroon", "ca": "canada",
	"cl": "chile", "cn": "china", "cr": "costa rica", "hr": "croatia", "cu": "cuba", "cy": "cyprus",
	"cz": "czech republic", "dk": "denmark", "do": "dominican republic", "ec": "ecuador", "eg": "egypt",
	"ee": "estonia", "et": "ethiopia", "fj": "fiji", "fi": "finland", "fr": "france", "ga": "gabon",
	"ge": "georgia", "de": "germany", "gh": "ghana", "gr": "greece", "gt": "guatemala", "gy": "guyana",
	"ht": "haiti", "hn": "honduras", "hu": "hungary", "is": "iceland", "in": "india", "id": "indonesia",
	"ir": "iran", "iq": "iraq", "ie": "ireland", "il": "israel", "it": "italy", "jm": "jamaica", "jp": "japan",
	"jo": "jordan", "kz": "kazakhstan", "ke": "kenya", "ki": "kiribati", "kw": "kuwait", "kg": "kyrgyzstan",
	"la": "laos", "lv": "latvia", "lb": "lebanon", "ls": "lesotho", "lr": "liberia", "lt": "lithuania",
	"lu": "luxembourg", "mg": "madagascar", "mw": "malawi", "my": "malaysia", "mv": "maldives", "ml": "mali",
	"mt": "malta", "mu": "mauritius", "mx": "mexico", "md": "moldova", "mn": "mongolia", "ma": "morocco",
	"mz": "mozambique", "mm": "myanmar", "na": "namibia", "np": "nepal", "nl": "netherlands",
	"nz": "new zealand", "ni": "nicaragua", "ne": "niger", "ng": "nigeria", "mk": "north macedonia",
	"no": "norway", "om": "oman", "pk": "pakistan", "pa": "panama", "pg": "papua new guinea",
	"py": "paraguay", "pe": "peru", "ph": "philippines", "pl": "poland", "pt": "portugal", "qa": "qatar",
	"ro": "romania", "ru": "russia", "rw": "rwanda", "sa": "saudi arabia", "sn": "senegal",
	"rs": "serbia", "sc": "seychelles", "sl": "sierra leone", "sg": "singapore", "sk": "slovakia",
	"si": "slovenia", "sb": "solomon islands", "so": "somalia", "za": "south africa", "kr": "south korea",
	"es": "spain", "lk": "sri lanka", "sd": "sudan", "se": "sweden", "ch": "switzerland", "sy": "syria",
	"tw": "taiwan", "tj": "tajikistan", "tz": "tanzania", "th": "thailand", "tg": "togo", "tn": "tunisia",
	"tr": "turkey", "tm": "turkmenistan", "ug": "uganda", "ua": "ukraine", "ae": "united arab emirates",
	"uk": "united kingdom", "uy": "uruguay", "uz": "uzbekistan", "vu": "vanuatu", "ve": "venezuela",
	"vn": "vietnam", "ye": "yemen", "zm": "zambia", "zw": "zimbabwe",
}

// domainCountry returns the country, folded, whose code ends a host
// ("<outlet>.com.<cc>"), or "".
func domainCountry(host string) string {
	return countryDomains[host[strings.LastIndexByte(host, '.')+1:]]
}

// cityWords are knownCities as a set: a city the registry does not list
// is where a story happens, not a state whose bodies it names.
var cityWords = set(knownCities)

// cityCountries are the countries, folded, of the cities the lists know
// that no capital's entry gives (knownCities, the cities of two words or
// more, the capitals the lists keep apart from capitalCountries) and of
// the large cities a story's dateline or opening most often names: a
// story filed from a country's city, or that keeps naming it, is that
// country's, as one filed from its capital is. A "_" stands for a space.
// The city is still no state whose bodies a story names: it gives its
// country only where the rules look for the story's home.
var cityCountries = func() map[string]string {
	m := map[string]string{}
	for _, pair := range strings.Fields(`jerusalem:israel tel_aviv:israel yangon:myanmar mandalay:myanmar
		ramallah:palestine kuwait:kuwait kuwait_city:kuwait
		kharkiv:ukraine odesa:ukraine odessa:ukraine lviv:ukraine dnipro:ukraine zaporizhzhia:ukraine
		kherson:ukraine donetsk:ukraine luhansk:ukraine mariupol:ukraine sevastopol:ukraine
		shanghai:china guangzhou:china shenzhen:china wuhan:china chongqing:china
		mumbai:india kolkata:india chennai:india bangalore:india bengaluru:india new_delhi:india
		hyderabad:india karachi:pakistan lahore:pakistan peshawar:pakistan quetta:pakistan
		istanbul:turkey izmir:turkey rafah:palestine aleppo:syria homs:syria idlib:syria
		mosul:iraq basra:iraq erbil:iraq kirkuk:iraq kandahar:afghanistan herat:afghanistan
		benghazi:libya dubai:united_arab_emirates abu_dhabi:united_arab_emirates geneva:switzerland
		zurich:switzerland strasbourg:france marseille:france lyon:france frankfurt:germany
		munich:germany hamburg:germany milan:italy turin:italy barcelona:spain seville:spain
		glasgow:united_kingdom edinburgh:united_kingdom belfast:united_kingdom cardiff:united_kingdom
		chicago:united_states houston:united_states new_york:united_states los_angeles:united_states
		san_francisco:united_states toronto:canada montreal:canada vancouver:canada
		sydney:australia melbourne:australia brisbane:australia
		auckland:new_zealand christchurch:new_zealand osaka:japan kyoto:japan busan:south_korea
		jeddah:saudi_arabia mecca:saudi_arabia goma:congo lagos:nigeria kano:nigeria
		johannesburg:south_africa durban:south_africa cape_town:south_africa casablanca:morocco
		mombasa:kenya kisumu:kenya dar_es_salaam:tanzania arusha:tanzania
		zanzibar:tanzania addis_ababa:ethiopia kumasi:ghana bulawayo:zimbabwe
		kuala_lumpur:malaysia penang:malaysia phnom_penh:cambodia siem_reap:cambodia
		chiang_mai:thailand phuket:thailand pattaya:thailand ho_chi_minh_city:vietnam
		da_nang:vietnam hai_phong:vietnam cebu:philippines davao:philippines
		surabaya:indonesia medan:indonesia chittagong:bangladesh chattogram:bangladesh
		pokhara:nepal kandy:sri_lanka koror:palau larnaca:cyprus limassol:cyprus
		buenos_aires:argentina sao_paulo:brazil rio_de_janeiro:brazil
		manaus:brazil mexico_city:mexico guadalajara:mexico monterrey:mexico medellin:colombia
		cali:colombia guayaquil:ecuador la_paz:bolivia
		st_petersburg:russia guatemala_city:guatemala panama_city:panama
		belize_city:belize almaty:kazakhstan samarkand:uzbekistan gdansk:poland krakow:poland
		porto:portugal thessaloniki:greece rotterdam:netherlands antwerp:belgium
		gothenburg:sweden kosice:slovakia cluj:romania`) {
		city, country, _ := strings.Cut(pair, ":")
		m[foldText(strings.ReplaceAll(city, "_", " "))] = strings.ReplaceAll(country, "_", " ")
	}
	return m
}()
