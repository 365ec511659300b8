package ingest_test

import (
	"testing"

	"github.com/briefbot/briefbot/briefings"
	"github.com/briefbot/briefbot/briefings/ingest"
)

// TestRound36cRomanceDateFields: a French, Spanish, Portuguese or Italian
// page's date line set among its furniture with bars ("<Section> |
// <weekday> <d> <month> <yyyy> | <By> <Name>") or after the place it is
// dated from under the outlet's name ("<OUTLET> <Place>, <d> de <month> de
// <yyyy> | <Section>"). A bar-separated line holding a sentence is none.
func TestRound36cRomanceDateFields(t *testing.T) {
	t.Parallel()
	const body = "\n\nThe island's water board raised its tariff for the dry season on Monday.\n\n" +
		"\"The reservoirs are at a third of their level,\" board chair Ilse Marrow-Tadesse said.\n\n" +
		"The new tariff runs until the rains."
	for _, tc := range []struct{ name, text, date string }{
		{"a French section, weekday date and byline",
			"Water tariff rises\n\nSociété | Mardi 3 mars 2026 | Par Odile Fermand-Koa" + body, "2026-03-03"},
		{"an Italian date between a section and a place",
			"Water tariff rises\n\nCronaca | giovedì 9 aprile 2026 | Valbruna" + body, "2026-04-09"},
		{"a Portuguese place and date under the outlet's name",
			"Water tariff rises\n\nGAZETA DO PORTO\nVila Serrana, 4 de março de 2026 | Sociedade" + body, "2026-03-04"},
		{"a Spanish place and date with no bars",
			"Water tariff rises\n\nDiario Norte\nPuerto Almira, 17 de mayo de 2026" + body, "2026-05-17"},
		{"a bar-separated line holding a sentence",
			"Water tariff rises\n\nSociété | Le conseil votera le 3 mars 2026 sur le tarif." + body, "0001-01-01"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := ingest.ReadText(tc.text)
			if got := a.Date.Format(briefings.DateLayout); got != tc.date {
				t.Errorf("date %s, want %s (%s)", got, tc.date, a.DateFrom)
			}
		})
	}
}
