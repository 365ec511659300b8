package ingest_test

import "testing"

// TestTitleComplementNames: a country or city ends a title's complement
// ("Minister of Foreign Affairs of the Republic of X A B C", "Ambassador of
// X to (the State of) Y A B"), so the capitals after it are the whole name,
// even with a given name no list knows or "bint" inside it; a place that is also a given name, or a
// company's name with a country in it, is left alone; and a name repeated
// in a signature in capitals with its "MR" is no fuller a name.
func TestTitleComplementNames(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		text string
		want map[string]string
	}{
		{
			name: "a minister of a country's long name",
			text: `Ministers discuss a rail link

On Monday, Minister of Foreign Affairs of the Islamic Republic of Pakistan Zarvan Haqnawaz Durrani held a call with his Kenyan counterpart on a new freight route.

"We want cargo moving by spring," Durrani said.`,
			want: map[string]string{"We want cargo moving by spring": "Zarvan Haqnawaz Durrani"},
		},
		{
			name: "an ambassador of one country to another",
			text: `Freight route on schedule

Ambassador of Kenya to Pakistan Odhiambo Kiprotich-Wafula, who took part in the call, said the first train would run in March.

"The protocols are ready," Ambassador Kiprotich-Wafula said.`,
			want: map[string]string{"The protocols are ready": "Odhiambo Kiprotich-Wafula"},
		},
		{
			name: "an ambassador to the State of a country",
			text: `Families reunited

The mediator, Dr. Karim Haddad-Saleh, said the talks had gone well, and he thanked both sides.

Ambassador of Norland to the State of Kuwait Taras Hnatiuk-Boyko, who met the families at the airport, said he was "deeply grateful to our hosts".`,
			want: map[string]string{"deeply grateful to our hosts": "Taras Hnatiuk-Boyko"},
		},
		{
			name: "bint inside a name",
			text: `Aid flights resume

Aid flights to the coastal towns resumed on Sunday after a week of storms closed the airport.

Minister of State for Development Cooperation Noura bint Khalid Al-Suwaidi-Harb posted on X: "The first flight lands tonight."`,
			want: map[string]string{"The first flight lands tonight.": "Noura bint Khalid Al-Suwaidi-Harb"},
		},
		{
			name: "a country inside a company's name",
			text: `Rail operator adds trains

Deputy Chairman of the Board of JSC Kazakhstan Temir Zholy Berik Sultanbekov said the company would add two trains a week.

"The corridor is full," he said.`,
			want: map[string]string{"The corridor is full": "Berik Sultanbekov"},
		},
		{
			name: "a signature in capitals repeats the chair's name",
			text: `COMMITTEE WANTS ANSWERS ON RAIL DELAYS

The Portfolio Committee on Rail today adopted its report on the commuter lines.

Committee Chairperson Mr Themba Okafor-Venter said the committee had heard the same promises before.

"We are tired of new plans with old targets," Mr Okafor-Venter said.

"The question is why the trains still do not run," the Chairperson said.

ISSUED ON BEHALF OF THE CHAIRPERSON OF THE PORTFOLIO COMMITTEE ON RAIL, MR THEMBA OKAFOR-VENTER.`,
			want: map[string]string{
				"We are tired of new plans with old targets":      "Themba Okafor-Venter",
				"The question is why the trains still do not run": "Themba Okafor-Venter",
			},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			wantSpeakers(t, draftWith(t, nil, tc.text), tc.want)
		})
	}
}
