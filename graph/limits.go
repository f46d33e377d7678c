package graph

import (
	"context"
	"strings"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/koop-lichtenberg/koop"
)

// Limits of a single request.
const (
	MaxComplexity  = 5000
	MaxDepth       = 12
	MaxParserToken = 5000
)

// listCost makes a list field cost its page size times its children.
func listCost(child int, limit *int) int {
	n := koop.DefaultLimit
	if limit != nil && *limit > 0 {
		n = *limit
	}
	return 1 + n*child
}

// NewConfig returns the executable-schema configuration with list fields priced by limit.
func NewConfig(r *Resolver) Config {
	c := Config{Resolvers: r}
	c.Complexity.Query.Members = func(child int, _ string, _ *koop.MemberFilter, limit, _ *int) int { return listCost(child, limit) }
	c.Complexity.Query.Organisations = func(child int, _ string, _ *koop.OrganisationFilter, limit, _ *int) int {
		return listCost(child, limit)
	}
	c.Complexity.Query.AuditEntries = func(child int, _ string, _ *koop.AuditFilter, limit, _ *int) int { return listCost(child, limit) }
	c.Complexity.Query.Events = func(child int, _ string, _ *koop.EventFilter, _ *koop.EventOrder, limit, _ *int) int {
		return listCost(child, limit)
	}
	c.Complexity.Query.MyTasks = func(child int, _ *bool, limit, _ *int) int { return listCost(child, limit) }
	c.Complexity.Query.Contacts = func(child int, _ string, _ *koop.ContactFilter, limit, _ *int) int { return listCost(child, limit) }
	// A search returns up to `limit` hits in each of its seven groups.
	c.Complexity.Query.Search = func(child int, _, _ string, _ []koop.SearchKind, limit *int) int {
		n := 5
		if limit != nil && *limit > 0 {
			n = *limit
		}
		return 1 + 7*n*child
	}
	return c
}

// DepthLimit refuses operations nested deeper than Max levels of selection.
type DepthLimit struct{ Max int }

var _ interface {
	graphql.HandlerExtension
	graphql.OperationContextMutator
} = DepthLimit{}

// ExtensionName names the extension.
func (DepthLimit) ExtensionName() string { return "DepthLimit" }

// Validate accepts any schema.
func (DepthLimit) Validate(graphql.ExecutableSchema) error { return nil }

// MutateOperationContext measures the operation's depth before it runs.
func (d DepthLimit) MutateOperationContext(_ context.Context, oc *graphql.OperationContext) *gqlerror.Error {
	if oc.Operation == nil {
		return nil
	}
	if depth(oc.Operation.SelectionSet, oc.Doc.Fragments, 0) > d.Max {
		return &gqlerror.Error{Message: "Die Anfrage ist zu tief verschachtelt.", Extensions: map[string]any{"code": koop.EINVALID}}
	}
	return nil
}

func depth(set ast.SelectionSet, frags ast.FragmentDefinitionList, seen int) int {
	if seen > 64 {
		return seen // fragment cycles are rejected by validation; stop early anyway
	}
	max := seen
	for _, sel := range set {
		var d int
		switch s := sel.(type) {
		case *ast.Field:
			// Introspection is bounded by the schema itself (and off in production); the
			// standard introspection query of GraphiQL nests deeper than any real query.
			if len(s.SelectionSet) == 0 || strings.HasPrefix(s.Name, "__") {
				d = seen + 1
			} else {
				d = depth(s.SelectionSet, frags, seen+1)
			}
		case *ast.InlineFragment:
			d = depth(s.SelectionSet, frags, seen)
		case *ast.FragmentSpread:
			if f := frags.ForName(s.Name); f != nil {
				d = depth(f.SelectionSet, frags, seen)
			}
		}
		if d > max {
			max = d
		}
	}
	return max
}
