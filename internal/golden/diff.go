package golden

import (
	"bytes"
	"fmt"
	"strings"
)

// context is how many unchanged lines a hunk shows around a change.
const context = 3

// maxCells bounds the table of the line comparison (lines of want × lines of got, after
// the common start and end are set aside): beyond it the middle is shown as all removed
// and all added, which is still a correct diff, only a longer one.
const maxCells = 4 << 20

// op is one line of an edit script: ' ' kept, '-' only in want, '+' only in got.
type op struct {
	kind byte
	line string
}

// Diff returns a unified diff, by lines, that turns want into got: what a reader needs
// to see of a golden file that no longer matches, rather than the whole of either. It
// is "" when they are equal.
func Diff(wantName, gotName string, want, got []byte) string {
	if bytes.Equal(want, got) {
		return ""
	}
	a, b := lines(want), lines(got)
	ops := script(a, b)
	var out strings.Builder
	fmt.Fprintf(&out, "--- %s\n+++ %s\n", wantName, gotName)
	// Walk the script, cutting it into hunks: runs of changes with up to context kept
	// lines on each side, joined when the kept lines between them are few.
	ai, bi := 0, 0 // line numbers (0-based) in want and got at ops[i]
	for i := 0; i < len(ops); {
		if ops[i].kind == ' ' {
			i, ai, bi = i+1, ai+1, bi+1
			continue
		}
		start := max(i-context, 0)
		for k := i; k > start; k-- { // step back over the leading context
			ai, bi = ai-1, bi-1
		}
		end := i
		for end < len(ops) {
			if ops[end].kind != ' ' {
				end++
				continue
			}
			run := end
			for run < len(ops) && ops[run].kind == ' ' {
				run++
			}
			if run == len(ops) || run-end > 2*context {
				end = min(end+context, len(ops))
				break
			}
			end = run
		}
		na, nb := 0, 0
		for _, o := range ops[start:end] {
			if o.kind != '+' {
				na++
			}
			if o.kind != '-' {
				nb++
			}
		}
		fmt.Fprintf(&out, "@@ -%s +%s @@\n", span(ai, na), span(bi, nb))
		for _, o := range ops[start:end] {
			out.WriteByte(o.kind)
			out.WriteString(o.line)
			out.WriteByte('\n')
		}
		ai, bi, i = ai+na, bi+nb, end
	}
	if len(want) > 0 && len(got) > 0 && (want[len(want)-1] == '\n') != (got[len(got)-1] == '\n') {
		out.WriteString("(the files differ in whether they end with a newline)\n")
	}
	return out.String()
}

// span is a hunk header's range: first line (1-based) and count, as diff -u writes it.
func span(from, n int) string {
	if n == 0 {
		return fmt.Sprintf("%d,0", from)
	}
	if n == 1 {
		return fmt.Sprintf("%d", from+1)
	}
	return fmt.Sprintf("%d,%d", from+1, n)
}

func lines(b []byte) []string {
	if len(b) == 0 {
		return nil
	}
	return strings.Split(strings.TrimSuffix(string(b), "\n"), "\n")
}

// script is the shortest edit script from a to b, by the longest common subsequence of
// lines.
func script(a, b []string) []op {
	var ops []op
	// The common start and end need no table.
	pre := 0
	for pre < len(a) && pre < len(b) && a[pre] == b[pre] {
		pre++
	}
	suf := 0
	for suf < len(a)-pre && suf < len(b)-pre && a[len(a)-1-suf] == b[len(b)-1-suf] {
		suf++
	}
	for _, l := range a[:pre] {
		ops = append(ops, op{' ', l})
	}
	ma, mb := a[pre:len(a)-suf], b[pre:len(b)-suf]
	if len(ma)*len(mb) > maxCells {
		for _, l := range ma {
			ops = append(ops, op{'-', l})
		}
		for _, l := range mb {
			ops = append(ops, op{'+', l})
		}
	} else {
		// lcs[i][j] is the length of the longest common subsequence of ma[i:] and mb[j:].
		w := len(mb) + 1
		lcs := make([]int32, (len(ma)+1)*w)
		for i := len(ma) - 1; i >= 0; i-- {
			for j := len(mb) - 1; j >= 0; j-- {
				if ma[i] == mb[j] {
					lcs[i*w+j] = lcs[(i+1)*w+j+1] + 1
				} else {
					lcs[i*w+j] = max(lcs[(i+1)*w+j], lcs[i*w+j+1])
				}
			}
		}
		i, j := 0, 0
		for i < len(ma) || j < len(mb) {
			switch {
			case i < len(ma) && j < len(mb) && ma[i] == mb[j]:
				ops = append(ops, op{' ', ma[i]})
				i, j = i+1, j+1
			case i < len(ma) && (j == len(mb) || lcs[(i+1)*w+j] >= lcs[i*w+j+1]):
				ops = append(ops, op{'-', ma[i]})
				i++
			default:
				ops = append(ops, op{'+', mb[j]})
				j++
			}
		}
	}
	for _, l := range a[len(a)-suf:] {
		ops = append(ops, op{' ', l})
	}
	return ops
}
