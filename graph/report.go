package graph

import (
	"context"
	"net/url"
	"strconv"

	"github.com/koop-lichtenberg/koop"
)

// ReportCSVSigner mints the short-lived token of an annual report's CSV link.
type ReportCSVSigner interface {
	SignReport(userID, sessionID, cooperationID string, year int, partnerID *string) (string, error)
}

func (r *queryResolver) AnnualReport(ctx context.Context, cooperationID string, year int, partnerID *string) (*koop.AnnualReport, error) {
	rep, err := r.Resolver.Reports.AnnualReport(ctx, cooperationID, year, partnerID)
	if err != nil {
		return nil, err
	}
	actor, err := koop.RequireActor(ctx)
	if err != nil {
		return nil, err
	}
	var pid *string
	if rep.Partner != nil {
		pid = &rep.Partner.ID
	}
	token, err := r.Resolver.ReportFiles.SignReport(actor.UserID, actor.SessionID, rep.CooperationID, rep.Year, pid)
	if err != nil {
		return nil, err
	}
	q := url.Values{"year": {strconv.Itoa(rep.Year)}, "token": {token}}
	if pid != nil {
		q.Set("partnerId", *pid)
	}
	rep.CsvURL = "/cooperations/" + url.PathEscape(rep.CooperationID) + "/annual-report.csv?" + q.Encode()
	return rep, nil
}
