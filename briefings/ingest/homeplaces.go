package ingest

import "strings"

// placesHome returns the country (folded, as the registry names it) that
// the places the copy names lie in, when every place of regionCountries it
// names lies in the same one; "" when it names none, or places of two
// countries. A local paper's story names its county, province or towns and
// never its country, and names its state's bodies bare ("the Department of
// <Field>"): the places say whose bodies they are. Read once a draft, one
// look-up per capitalised word, and asked only when the copy names no
// country itself, or names countries as often as each other (homeFolded).
func (x *extractor) placesHome() string {
	if x.placeRead {
		return x.placeHome
	}
	x.placeRead = true
	found := ""
	for _, p := range x.d.paras {
		for i := range p.toks {
			if !p.isWordAt(i) || !p.toks[i].isCap(p.text) {
				continue
			}
			k := regionCountries[p.lw(i)]
			if k == "" || k == found {
				continue
			}
			if found != "" {
				// Places of two countries: a story between them, or a
				// town named like another country's; no home from them.
				return ""
			}
			found = k
		}
	}
	if found != "" {
		x.placeHome = countryNamed(found, x.cast.reg.speakers)
	}
	return x.placeHome
}

// regionCountries are the countries, folded, of first-level regions,
// counties, provinces and well-known towns that stand for one country
// only: the places a local story names instead of its country. The key is
// one word, the place's own or the distinctive word of a two-word name
// ("maunganui", "eliya"); no word that is also a common given name, a
// surname, an English word or another country's place is listed, nor any
// state or province of a federation, whose own governments have bodies
// named like the country's. A "_" stands for a space in the country.
var regionCountries = func() map[string]string {
	m := map[string]string{}
	add := func(country, places string) {
		country = strings.ReplaceAll(country, "_", " ")
		for _, w := range strings.Fields(places) {
			m[w] = country
		}
	}
	add("ireland", `donegal letterkenny killybegs sligo leitrim roscommon westmeath offaly laois
		kildare wicklow wexford carlow kilkenny tipperary waterford limerick tralee killarney
		ennis galway castlebar cavan monaghan drogheda athlone mullingar portlaoise`)
	add("new_zealand", `tauranga rotorua papamoa maunganui whakatane taupo gisborne whanganui
		invercargill timaru whangarei waikato otago taranaki manawatu wairarapa`)
	add("sri_lanka", `badulla katunayake nuwara eliya kurunegala anuradhapura polonnaruwa trincomalee
		batticaloa jaffna galle matara hambantota ratnapura kegalle vavuniya`)
	add("myanmar", `monywa sagaing magway ayeyarwady tanintharyi mawlamyine myitkyina sittwe taunggyi
		lashio pathein`)
	add("south_africa", `gauteng sebokeng vanderbijlpark evaton emfuleni soweto tshwane ekurhuleni
		mpumalanga kwazulu polokwane mbombela mahikeng gqeberha bloemfontein pietermaritzburg`)
	add("thailand", `pattaya jomtien chonburi songkhla ayutthaya`)
	add("singapore", `yishun jurong tampines bedok punggol sengkang serangoon`)
	add("brazil", `manaus`)
	add("guyana", `parika supenaam essequibo bartica lethem rupununi mahaica berbice`)
	add("slovakia", `košice prešov žilina trnava trenčín rožňava poprad michalovce zvolen komárno`)
	return m
}()
