// Package scalars holds koop's custom GraphQL scalars that gqlgen binds by name.
package scalars

import (
	"fmt"
	"io"
	"strconv"
	"time"

	"github.com/99designs/gqlgen/graphql"

	"github.com/koop-lichtenberg/koop"
)

// MarshalDate writes a calendar date as "YYYY-MM-DD".
func MarshalDate(t time.Time) graphql.Marshaler {
	return graphql.WriterFunc(func(w io.Writer) {
		io.WriteString(w, strconv.Quote(t.Format(time.DateOnly)))
	})
}

// UnmarshalDate reads "YYYY-MM-DD" as midnight UTC of that day.
func UnmarshalDate(v any) (time.Time, error) {
	s, ok := v.(string)
	if !ok {
		return time.Time{}, koop.Errorf(koop.EINVALID, "Ein Datum wird als Text JJJJ-MM-TT angegeben.")
	}
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		return time.Time{}, koop.Errorf(koop.EINVALID, "%q ist kein gültiges Datum (JJJJ-MM-TT).", s)
	}
	if t.Year() < 1900 || t.Year() > 2200 {
		return time.Time{}, fmt.Errorf("%w", koop.Errorf(koop.EINVALID, "Das Datum %s liegt außerhalb des erlaubten Bereichs.", s))
	}
	return t, nil
}
