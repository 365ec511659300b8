package ingest_test

import (
	"testing"

	"github.com/briefbot/briefbot/briefings"
)

// TestBoundsRound46: where a person's name starts when capitalised words
// the article also uses on their own (a seat after "in", an occupation in
// lower case) ran into it before a given name the lists know, and the
// near-miss of an unknown first given name before a known second one.
func TestBoundsRound46(t *testing.T) {
	t.Parallel()
	reg := &briefings.Registry{}
	runSpeakerCases(t, ledBy(lead), []speakerCase{
		{
			name: "seat named again after in",
			paras: []string{
				`Parents in Dunmore have waited two years for the new crossing.`,
				`Northshire councillor for Fenby and North Dunmore Daniel Kettleborough-Rae said the delay was "simply not acceptable".`,
			},
			reg:  reg,
			want: map[string]string{"simply not acceptable": "Daniel Kettleborough-Rae"},
		},
		{
			name: "occupation in a heading's capitals (left right)",
			paras: []string{
				`‘The Reef Is Coming Back’: Marine Ecologist Sarah Oyelaran On The Coral's Future`,
				`We sat down with Dr Sarah Oyelaran, a marine ecologist at the coastal institute, who has surveyed the reef for a decade.`,
				`Sarah Oyelaran: "The coral is coming back, but slowly. We need ten more years of quiet water."`,
			},
			reg:  reg,
			want: map[string]string{"The coral is coming back, but slowly. We need ten more years of quiet water.": "Sarah Oyelaran"},
		},
		{
			name: "unknown first given name left alone",
			paras: []string{
				`Tarquinio Daniel Esposito-Vale, the club's captain, scored twice.`,
				`"We never stopped believing," Tarquinio Daniel Esposito-Vale said.`,
			},
			reg:  reg,
			want: map[string]string{"We never stopped believing": "Tarquinio Daniel Esposito-Vale"},
		},
		{
			name: "contact block's name before its unit",
			paras: []string{
				`Anyone with information is asked to call the harbour police.`,
				"Media contact:\nCpl. Deepa Marwick-Osei\nHarbour Police Media Relations Unit",
				`Quote from Cpl. Marwick-Osei for radio: "If you saw anything on the pier that night, please call us. Every detail helps."`,
			},
			reg:  reg,
			want: map[string]string{"If you saw anything on the pier that night, please call us. Every detail helps.": "Deepa Marwick-Osei"},
		},
		{
			name: "a legislator's title before the name",
			paras: []string{
				`Committee Chair MK Tamar Efrati-Lev (Green Party) opened the session on the port workers' pay.`,
				`"If it is not approved, we will come back to this table again and again," Efrati-Lev said.`,
			},
			reg:  reg,
			want: map[string]string{"If it is not approved, we will come back to this table again and again": "Tamar Efrati-Lev"},
		},
		{
			name: "trade body glossed as an association",
			paras: []string{
				`The Velanese Ferries association said in a statement that it backs "any step that keeps unsafe boats off the water".`,
			},
			reg:  reg,
			want: map[string]string{"any step that keeps unsafe boats off the water": "Velanese Ferries"},
		},
		{
			name: "a trade's association with no name of its own kept",
			paras: []string{
				`The head of the Port Lorne hotel association, speaking after the briefing, said bookings had fallen.`,
				`"Cancellations for the festival week are already at a third," the Port Lorne hotel association said.`,
			},
			reg:  reg,
			want: map[string]string{"Cancellations for the festival week are already at a third": "Port Lorne hotel association"},
		},
		{
			name: "party's side opening the sentence",
			paras: []string{
				`Opposition VLP said the surplus had been "paid for by the middle class".`,
			},
			reg:  reg,
			want: map[string]string{"paid for by the middle class": "VLP"},
		},
		{
			name: "kind's initials after a body's name",
			paras: []string{
				`The Velan Green Front NGO said in a statement: "For twenty years every government has promised to clean the lake."`,
			},
			reg:  reg,
			want: map[string]string{"For twenty years every government has promised to clean the lake.": "Velan Green Front"},
		},
		{
			name: "initials with a function word's small letter",
			paras: []string{
				`I put that question to Transport for Velany at a session in Tredegar last month. A TfV official told me the timetable was "demand-led".`,
			},
			reg:  reg,
			want: map[string]string{"demand-led": "Transport for Velany"},
		},
		{
			name: "such initials the article never spells out left alone",
			paras: []string{
				`A TfV official told me the timetable was "demand-led".`,
			},
			reg:  reg,
			want: map[string]string{"demand-led": "TfV"},
		},
		{
			name: "initials spelled out before a possessive and a scheme's capitals",
			paras: []string{
				`The National Water Agency’s Stall Succession Scheme has paired 46 stalls so far.`,
				`In an email reply, an NWA spokesperson said the agency "recognises that succession is a personal decision".`,
			},
			reg:  reg,
			want: map[string]string{"recognises that succession is a personal decision": "National Water Agency"},
		},
		{
			name: "bracketed initials taken from inside the name's words",
			paras: []string{
				`The regulator said the system would be linked to the Varna Exchange (VRX) by March.`,
				`"We want global investors to understand that the rules apply equally to everyone," VRX said.`,
			},
			reg:  reg,
			want: map[string]string{"We want global investors to understand that the rules apply equally to everyone": "Varna Exchange"},
		},
		{
			name: "bracketed initials the name does not hold left alone",
			paras: []string{
				`The regulator said the system would be linked to the Velan Exchange (VRX) by March.`,
				`"We want global investors to understand that the rules apply equally to everyone," VRX said.`,
			},
			reg:  reg,
			want: map[string]string{"We want global investors to understand that the rules apply equally to everyone": "VRX"},
		},
		{
			name: "Balinese I before a birth-order name",
			paras: []string{
				`Head of the island's tourism office, I Made Suarjana, told reporters that only a few visitors had paid.`,
				`"This is not good enough," Suarjana said.`,
			},
			reg:  reg,
			want: map[string]string{"This is not good enough": "I Made Suarjana"},
		},
		{
			name: "clan name's abbreviation before the given name",
			paras: []string{
				`Project director Kh. Ingocha Singhajit told reporters on Tuesday that the work would resume.`,
				`"We accept that there were lapses," Ingocha said.`,
			},
			reg:  reg,
			want: map[string]string{"We accept that there were lapses": "Kh. Ingocha Singhajit"},
		},
		{
			name: "a rank's abbreviation stays off the name",
			paras: []string{
				`Project director Lt. Ingocha Singhajit told reporters on Tuesday that the work would resume.`,
				`"We accept that there were lapses," Singhajit said.`,
			},
			reg:  reg,
			want: map[string]string{"We accept that there were lapses": "Ingocha Singhajit"},
		},
	})
}
