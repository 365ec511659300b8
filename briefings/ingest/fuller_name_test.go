package ingest_test

import (
	"testing"

	"github.com/briefbot/briefbot/briefings"
)

// TestShortFormFindsFullerName: a person read with the first of their
// names lost to the title before it ("Y Z" of "X Y Z") is the one person
// the article names in full with those words at the end, whenever they
// spoke; two such people leave the short form alone; and a name whose
// last words are a registry person's is that person, whatever unlisted
// title went before.
func TestShortFormFindsFullerName(t *testing.T) {
	t.Parallel()
	reg := &briefings.Registry{Speakers: []*briefings.Speaker{
		{Name: "Hamad bin Rashid Al Tawil", Role: "Foreign Minister of Keshia", Kind: "person"},
	}}
	runSpeakerCases(t, ledBy(lead), []speakerCase{
		{
			name: "full name after",
			paras: []string{
				`Minister for Lighthouses and Wharves Teodor Ferrand Oyelaran said the plan was "long overdue."`,
				`"We will not wait," Teodor Ferrand Oyelaran told reporters later.`,
			},
			reg:  reg,
			want: map[string]string{"long overdue.": "Teodor Ferrand Oyelaran", "We will not wait": "Teodor Ferrand Oyelaran"},
		},
		{
			name: "two full names",
			paras: []string{
				`Minister for Lighthouses and Wharves Teodor Ferrand Oyelaran said the plan was "long overdue."`,
				`"We will not wait," Teodor Ferrand Oyelaran told reporters later.`,
				`Her cousin, Ines Lund Ferrand Oyelaran, said the wharf was "a ruin."`,
			},
			reg:  reg,
			want: map[string]string{"long overdue.": "Ferrand Oyelaran", "We will not wait": "Teodor Ferrand Oyelaran"},
		},
		{
			name: "registry person after an unlisted title",
			paras: []string{
				`Grand Vizier Hamad bin Rashid Al Tawil said the talks had been "frank and useful."`,
			},
			reg:  reg,
			want: map[string]string{"frank and useful.": "Hamad bin Rashid Al Tawil"},
		},
	})
}
