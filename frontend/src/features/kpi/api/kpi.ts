import { graphql } from '../../../gql';

/** A KPI as its card shows it: the figures, every measurement and where it stands. */
export const KpiFields = graphql(`
  fragment KpiFields on Kpi {
    id
    name
    unit
    baseline
    baselineOn
    target
    targetOn
    direction
    progress
    state
    version
    subject {
      kind
      id
      title
    }
    measurements {
      id
      measuredOn
      value
      note
      recordedByName
    }
    latest {
      id
      measuredOn
      value
    }
  }
`);

export const CreateKpiMutation = graphql(`
  mutation CreateKpi($input: CreateKpiInput!) {
    createKpi(input: $input) {
      kpi {
        ...KpiFields
      }
    }
  }
`);

export const UpdateKpiMutation = graphql(`
  mutation UpdateKpi($input: UpdateKpiInput!) {
    updateKpi(input: $input) {
      kpi {
        ...KpiFields
      }
    }
  }
`);

export const DeleteKpiMutation = graphql(`
  mutation DeleteKpi($input: DeleteKpiInput!) {
    deleteKpi(input: $input) {
      id
    }
  }
`);

export const RecordMeasurementMutation = graphql(`
  mutation RecordMeasurement($input: RecordMeasurementInput!) {
    recordMeasurement(input: $input) {
      kpi {
        ...KpiFields
      }
    }
  }
`);

export const DeleteMeasurementMutation = graphql(`
  mutation DeleteMeasurement($id: ID!) {
    deleteMeasurement(id: $id) {
      kpi {
        ...KpiFields
      }
    }
  }
`);
