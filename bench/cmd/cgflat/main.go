// Command cgflat reads a callgrind profile of a Go program and prints the instructions each
// function ran itself, per request: bench/callgrind.sh uses it to show where briefbot spends
// what the bare handler does not.
//
// callgrind_annotate's function totals cannot be trusted on Go programs: callgrind follows
// calls and returns by the stack pointer, and goroutine switches move it, so costs land on
// the wrong functions (more than 100% of the program in one of them). The addresses of the
// instructions are right, though, so cgflat sums the cost of each instruction address (the
// profile must be written with --dump-instr=yes) and finds the function that holds it in the
// binary's symbol table.
//
// Usage:
//
//	cgflat [-top 30] [-base OUT,BINARY] -n N OUT BINARY
//
// With -base, the table shows each function's cost in both profiles and the difference,
// largest first; the base is read with the same N.
package main

import (
	"bufio"
	"debug/elf"
	"flag"
	"fmt"
	"io"
	"os"
	"sort"
	"strconv"
	"strings"
)

func main() {
	n := flag.Int("n", 1, "requests the profile covers: costs are divided by it")
	top := flag.Int("top", 30, "functions to show")
	base := flag.String("base", "", "OUT,BINARY of a profile to compare with")
	flag.Parse()
	if flag.NArg() != 2 || *n < 1 {
		fmt.Fprintln(os.Stderr, "usage: cgflat [-top 30] [-base OUT,BINARY] -n N OUT BINARY")
		os.Exit(2)
	}
	cost, err := load(flag.Arg(0), flag.Arg(1))
	if err != nil {
		fmt.Fprintln(os.Stderr, "cgflat:", err)
		os.Exit(1)
	}
	var baseCost map[string]float64
	if *base != "" {
		out, bin, ok := strings.Cut(*base, ",")
		if !ok {
			fmt.Fprintln(os.Stderr, "cgflat: -base wants OUT,BINARY")
			os.Exit(2)
		}
		if baseCost, err = load(out, bin); err != nil {
			fmt.Fprintln(os.Stderr, "cgflat:", err)
			os.Exit(1)
		}
	}
	report(os.Stdout, cost, baseCost, float64(*n), *top)
}

// report prints the table: by function, cost per request, or with a base, the base's, this
// profile's and the difference.
func report(w io.Writer, cost, base map[string]float64, n float64, top int) {
	type row struct {
		name      string
		b, c, del float64
	}
	var rows []row
	var total, baseTotal float64
	for name, c := range cost {
		total += c
		rows = append(rows, row{name, base[name] / n, c / n, (c - base[name]) / n})
	}
	for name, b := range base {
		baseTotal += b
		if _, ok := cost[name]; !ok {
			rows = append(rows, row{name, b / n, 0, -b / n})
		}
	}
	if base == nil {
		sort.Slice(rows, func(i, j int) bool { return rows[i].c > rows[j].c })
		fmt.Fprintf(w, "%10.0f  instructions per request\n", total/n)
		for _, r := range rows[:min(top, len(rows))] {
			fmt.Fprintf(w, "%10.0f  %s\n", r.c, r.name)
		}
		return
	}
	sort.Slice(rows, func(i, j int) bool { return rows[i].del > rows[j].del })
	fmt.Fprintf(w, "%10s %10s %10s\n", "base", "this", "this-base")
	fmt.Fprintf(w, "%10.0f %10.0f %+10.0f  instructions per request\n", baseTotal/n, total/n, (total-baseTotal)/n)
	for _, r := range rows[:min(top, len(rows))] {
		fmt.Fprintf(w, "%10.0f %10.0f %+10.0f  %s\n", r.b, r.c, r.del, r.name)
	}
	fmt.Fprintln(w, "…")
	for _, r := range rows[max(len(rows)-top/3, min(top, len(rows))):] {
		fmt.Fprintf(w, "%10.0f %10.0f %+10.0f  %s\n", r.b, r.c, r.del, r.name)
	}
}

// load sums a profile's instruction costs by function of binary.
func load(profile, binary string) (map[string]float64, error) {
	syms, err := functions(binary)
	if err != nil {
		return nil, err
	}
	byAddr, err := costs(profile)
	if err != nil {
		return nil, err
	}
	out := map[string]float64{}
	for addr, c := range byAddr {
		i := sort.Search(len(syms), func(i int) bool { return syms[i].Value > addr }) - 1
		name := "?"
		if i >= 0 && addr < syms[i].Value+max(syms[i].Size, 1) {
			name = syms[i].Name
		}
		out[name] += float64(c)
	}
	return out, nil
}

// functions returns binary's function symbols by address.
func functions(binary string) ([]elf.Symbol, error) {
	f, err := elf.Open(binary)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	all, err := f.Symbols()
	if err != nil {
		return nil, fmt.Errorf("%s: %w (built with -ldflags=-s?)", binary, err)
	}
	var syms []elf.Symbol
	for _, s := range all {
		if elf.ST_TYPE(s.Info) == elf.STT_FUNC && s.Value != 0 {
			syms = append(syms, s)
		}
	}
	sort.Slice(syms, func(i, j int) bool { return syms[i].Value < syms[j].Value })
	return syms, nil
}

// costs reads the self cost of each instruction address from a callgrind profile written
// with --dump-instr=yes: the first position of each cost line is the address (absolute, or
// relative to the previous one when positions are compressed), the last number the cost.
// The line after calls= holds the inclusive cost of a call, which is not the caller's own.
func costs(profile string) (map[uint64]int64, error) {
	f, err := os.Open(profile)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	out := map[uint64]int64{}
	var pos uint64
	call, positions := false, false
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "positions:") {
			positions = strings.Contains(line, "instr")
			continue
		}
		if line == "" || !strings.ContainsRune("0123456789+-*", rune(line[0])) {
			call = strings.HasPrefix(line, "calls=")
			continue
		}
		fields := strings.Fields(line)
		if len(fields) < 2 {
			continue
		}
		switch a := fields[0]; {
		case a == "*":
		case a[0] == '+' || a[0] == '-':
			d, err := parseNum(a[1:])
			if err != nil {
				return nil, fmt.Errorf("%s: %q: %w", profile, line, err)
			}
			if a[0] == '+' {
				pos += d
			} else {
				pos -= d
			}
		default:
			if pos, err = parseNum(a); err != nil {
				return nil, fmt.Errorf("%s: %q: %w", profile, line, err)
			}
		}
		if call {
			call = false
			continue
		}
		c, err := strconv.ParseInt(fields[len(fields)-1], 10, 64)
		if err != nil {
			return nil, fmt.Errorf("%s: %q: %w", profile, line, err)
		}
		out[pos] += c
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	if !positions {
		return nil, fmt.Errorf("%s: no instruction addresses; record with --dump-instr=yes", profile)
	}
	return out, nil
}

func parseNum(s string) (uint64, error) {
	if strings.HasPrefix(s, "0x") {
		return strconv.ParseUint(s[2:], 16, 64)
	}
	return strconv.ParseUint(s, 10, 64)
}
