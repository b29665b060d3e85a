package cn.xiaoan.people;

import java.io.ByteArrayInputStream;
import java.util.UUID;

import cn.xiaoan.shared.BusinessRuleViolation;
import cn.xiaoan.shared.Callers;
import cn.xiaoan.shared.Permission;

import org.springframework.stereotype.Service;

/**
 * Runs a staff workbook import as a background job, as the API does for students: the
 * caller gets a job id at once and polls {@code /api/v1/imports/{job}}.
 */
@Service
class StaffImportJobs {

	private final StaffImport staffImport;

	private final ImportJobs jobs;

	private final cn.xiaoan.org.OrgManagement org;

	StaffImportJobs(StaffImport staffImport, ImportJobs jobs, cn.xiaoan.org.OrgManagement org) {
		this.staffImport = staffImport;
		this.jobs = jobs;
		this.org = org;
	}

	/** Checks the caller, the school and the password now; reads the rows in the job. */
	UUID start(long schoolId, String fileName, byte[] content, String initialPassword) {
		Callers.current().require(Permission.PEOPLE_EDIT);
		org.school(schoolId);
		String problem = PasswordRules.problem(initialPassword, null);
		if (problem != null) {
			throw new BusinessRuleViolation("initialPassword", problem);
		}
		return jobs.start("STAFF", schoolId, fileName, id -> {
			StaffImport.Result result = staffImport.importStaff(schoolId, new ByteArrayInputStream(content),
					initialPassword);
			if (result.ok()) {
				jobs.done(id, result.imported());
			}
			else {
				jobs.fail(id, result.problems());
			}
		});
	}

}
