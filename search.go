package koop

import (
	"context"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Search across a cooperation: PostgreSQL full text with the German dictionary, typo-tolerant
// for names (pg_trgm), filtered by what the reader may see (DOMAIN.md "Across everything").

// SearchKind says what a search hit is.
type SearchKind string

// The search kinds.
const (
	SearchEvent        SearchKind = "EVENT"
	SearchContact      SearchKind = "CONTACT"
	SearchOrganisation SearchKind = "ORGANISATION"
	SearchNomination   SearchKind = "NOMINATION"
	SearchProposal     SearchKind = "PROPOSAL"
	SearchWorkstream   SearchKind = "WORKSTREAM"
	SearchGoal         SearchKind = "GOAL"
)

// Valid reports whether k is known.
func (k SearchKind) Valid() bool {
	switch k {
	case SearchEvent, SearchContact, SearchOrganisation, SearchNomination, SearchProposal, SearchWorkstream, SearchGoal:
		return true
	}
	return false
}

// SearchHit is one thing found.
type SearchHit struct {
	Kind     SearchKind `db:"kind"`
	ID       string     `db:"id"`
	Title    string     `db:"title"`
	Snippet  string     `db:"snippet"`
	Context  string     `db:"context"`
	ParentID *string    `db:"parent_id"`
	Rank     float64    `db:"rank"`
}

// SearchGroup holds the hits of one kind.
type SearchGroup struct {
	Kind       SearchKind
	Hits       []*SearchHit
	TotalCount int
}

// SearchResult is the answer to a search.
type SearchResult struct {
	Query      string
	Groups     []*SearchGroup
	TotalCount int
}

// SearchInput is what to search for.
type SearchInput struct {
	CooperationID string
	Query         string
	// Kinds narrows the search; empty means every kind.
	Kinds []SearchKind
	// Limit caps each group: 1 to MaxSearchLimit (the API's default is DefaultSearchLimit).
	Limit int
}

// SearchService searches a cooperation.
type SearchService interface {
	Search(ctx context.Context, in SearchInput) (*SearchResult, error)
}

// The bounds of a search.
const (
	// MinSearchQuery and MaxSearchQuery bound the length of a query, in characters (trimmed).
	MinSearchQuery = 2
	MaxSearchQuery = 200
	// DefaultSearchLimit is the number of hits per group when the caller names none.
	DefaultSearchLimit = 5
	// MaxSearchLimit is the most hits per group a caller may ask for.
	MaxSearchLimit = 50
)

// SearchKinds lists every kind, in the order groups with equally good hits are shown.
var SearchKinds = []SearchKind{SearchEvent, SearchContact, SearchOrganisation, SearchNomination, SearchProposal, SearchWorkstream, SearchGoal}

// SearchTerms is a checked search: the trimmed query and the words the full-text search uses.
type SearchTerms struct {
	// Query is the trimmed query.
	Query string
	// Words are the query's runs of letters and digits, lower-cased, in order; everything else
	// (punctuation, SQL or tsquery syntax) only separates them.
	Words []string
	// Kinds are the kinds asked for, each once, in SearchKinds order.
	Kinds []SearchKind
	// Limit caps each group.
	Limit int
}

// CheckSearch validates a search and splits its query into words. It refuses a blank query,
// one shorter than MinSearchQuery or longer than MaxSearchQuery characters (a long one without
// reading it all), unknown kinds and a limit outside 1–MaxSearchLimit. A query without any
// letter or digit is valid and has no words.
func CheckSearch(in SearchInput) (*SearchTerms, error) {
	// a character has at most 4 bytes in UTF-8: anything longer is refused before it is read
	if len(in.Query) > 4*MaxSearchQuery+64 {
		return nil, errSearchTooLong()
	}
	q := strings.TrimSpace(in.Query)
	n := utf8.RuneCountInString(q)
	if n > MaxSearchQuery {
		return nil, errSearchTooLong()
	}
	if n < MinSearchQuery {
		return nil, FieldErrorf(EINVALID, "query", "Bitte geben Sie mindestens %d Zeichen ein.", MinSearchQuery)
	}
	if in.Limit < 1 || in.Limit > MaxSearchLimit {
		return nil, FieldErrorf(EINVALID, "limit", "Die Anzahl der Treffer je Art muss zwischen 1 und %d liegen.", MaxSearchLimit)
	}
	want := map[SearchKind]bool{}
	for _, k := range in.Kinds {
		if !k.Valid() {
			return nil, FieldErrorf(EINVALID, "kinds", "Unbekannte Art: %s.", k)
		}
		want[k] = true
	}
	t := &SearchTerms{Query: q, Words: SearchWords(q), Limit: in.Limit}
	for _, k := range SearchKinds {
		if len(want) == 0 || want[k] {
			t.Kinds = append(t.Kinds, k)
		}
	}
	return t, nil
}

func errSearchTooLong() error {
	return FieldErrorf(EINVALID, "query", "Der Suchbegriff ist zu lang (höchstens %d Zeichen).", MaxSearchQuery)
}

// SearchWords returns the runs of letters and digits in q, lower-cased.
func SearchWords(q string) []string {
	return strings.FieldsFunc(strings.ToLower(q), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}

// TSQuery is the text for PostgreSQL's to_tsquery: the words joined by AND, the last one also
// matching as a prefix (search as you type). Words hold only letters and digits, so nothing the
// user typed can be tsquery syntax. Empty when there are no words.
func (t *SearchTerms) TSQuery() string {
	if len(t.Words) == 0 {
		return ""
	}
	return strings.Join(t.Words, " & ") + ":*"
}

// Fuzzy is the text compared with names by trigram similarity: the words, space-separated.
func (t *SearchTerms) Fuzzy() string { return strings.Join(t.Words, " ") }

// PhoneDigits returns the digits of a query that looks like (part of) a phone number — only
// digits, spaces and + / ( ) - . with at least four digits — else "".
func (t *SearchTerms) PhoneDigits() string {
	var b strings.Builder
	for _, r := range t.Query {
		switch {
		case r >= '0' && r <= '9':
			b.WriteRune(r)
		case strings.ContainsRune(" +/()-.", r):
		default:
			return ""
		}
	}
	if b.Len() < 4 {
		return ""
	}
	return b.String()
}

// GoalCode returns the query as a goal code ("2", "2.3", "2.3.") without a trailing dot, or ""
// when it is not one.
func (t *SearchTerms) GoalCode() string {
	c := strings.TrimSuffix(t.Query, ".")
	if c == "" {
		return ""
	}
	for _, part := range strings.Split(c, ".") {
		if part == "" || len(part) > 4 {
			return ""
		}
		for _, r := range part {
			if r < '0' || r > '9' {
				return ""
			}
		}
	}
	return c
}
