package ingest_test

import (
	"testing"

	"github.com/briefbot/briefbot/briefings"
)

// TestNamesThreeRound47: a lone word that is the middle word of a full
// name given before it ("<Given> <Word> <Surname>", a father's name or a
// paternal surname the copy calls the person by) names that person; of
// two such names, the one given last before it (one such name alone was
// already read so; two left the lone word no one's).
func TestNamesThreeRound47(t *testing.T) {
	t.Parallel()
	reg := &briefings.Registry{}
	runSpeakerCases(t, ledBy(lead), []speakerCase{
		{"middle word of two names: the one named last", []string{
			`Village chief Penghulu Jalong Ubong Lasah said the bridge had been unsafe for a year.`,
			`Area councillor Simon Ubong Tinggang said he had raised it with the ministry.`,
			`"A new tender will be called before the end of the year," Ubong said.`,
		}, reg, map[string]string{
			"A new tender will be called before the end of the year": "Simon Ubong Tinggang",
		}},
		{"paternal surname shared by two people", []string{
			`Opposition senator Marta Quiroga Ibarra voted against the budget on Tuesday.`,
			`Her cousin, treasury adviser Luis Quiroga Soto, drafted the figures.`,
			`"The numbers add up and the markets know it," Quiroga said.`,
		}, reg, map[string]string{
			"The numbers add up and the markets know it": "Luis Quiroga Soto",
		}},
		// Near misses: the rule leaves these as they were.
		{"one name holds the word", []string{
			`Opposition senator Marta Quiroga Ibarra voted against the budget on Tuesday.`,
			`"The numbers do not add up and everyone in this chamber knows it," Quiroga said.`,
		}, reg, map[string]string{
			"The numbers do not add up and everyone in this chamber knows it": "Marta Quiroga Ibarra",
		}},
		{"two names hold the word, the second given after it", []string{
			`Village chief Penghulu Jalong Ubong Lasah said the bridge had been unsafe for a year.`,
			`"The children cross it on foot every morning," Ubong said.`,
			`Area councillor Simon Ubong Tinggang said he had raised it with the ministry.`,
		}, reg, map[string]string{
			"The children cross it on foot every morning": "Ubong",
		}},
		{"the word is another person's surname", []string{
			`Opposition senator Marta Quiroga Ibarra voted against the budget on Tuesday.`,
			`Finance minister Tomas Quiroga defended the plan.`,
			`"The numbers add up and the markets know it," Quiroga said.`,
		}, reg, map[string]string{
			"The numbers add up and the markets know it": "Tomas Quiroga",
		}},
		{"full name given only after the lone word", []string{
			`"The road floods every wet season and nobody comes," Ubong said.`,
			`Area councillor Simon Ubong Tinggang said he had raised it with the ministry.`,
		}, reg, map[string]string{
			"The road floods every wet season and nobody comes": "Simon Ubong Tinggang",
		}},
		{"the word opens another name", []string{
			`Village chief Jalong Ubong Lasah said the bridge had been unsafe for a year.`,
			`Ubong Sagan, a teacher, walks the children across it.`,
			`"Every morning I count them twice," Ubong said.`,
		}, reg, map[string]string{
			"Every morning I count them twice": "Ubong Sagan",
		}},
	})
}
