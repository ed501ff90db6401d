import { apiError } from '../core/error-response.js';
import { jsonResponse } from '../core/json-response.js';
import { projectCustomerView } from '../views/project-customer-view.js';
import type { ActionHandler } from './action-context.js';

/** `getcustomerofproject`: the customer of a project of the caller's company. */
export const getCustomerOfProject: ActionHandler<'getcustomerofproject'> = ({
  world,
  company,
  query,
  interpretation,
}) => {
  const id = query.project_id;
  const project = world.project(id);
  if (!project) return apiError('PROJECT_NOT_FOUND', `No project exists with ID: ${id}`);
  if (project.companyId !== company.id) {
    return apiError('UNAUTHORISED', `You don't have permission to access project ${id}`);
  }
  const customer = project.customerId === null ? undefined : world.customer(project.customerId);
  if (!customer) return apiError('NO_CUSTOMER_ASSIGNED', `Project ${id} exists but has no customer assigned`);
  return jsonResponse(200, {
    Message: 'Customer details retrieved successfully!',
    Customer: projectCustomerView(world, customer, project, interpretation.switches),
  });
};
