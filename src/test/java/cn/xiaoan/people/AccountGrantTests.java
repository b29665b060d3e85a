package cn.xiaoan.people;

import java.util.EnumSet;
import java.util.Set;

import cn.xiaoan.shared.CurrentUser;
import cn.xiaoan.shared.DataKind;
import cn.xiaoan.shared.DataScope;
import cn.xiaoan.shared.Permission;
import cn.xiaoan.shared.RegionCode;
import cn.xiaoan.shared.Role;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Nobody gives an account more power or a wider scope than their own. */
class AccountGrantTests {

	static final String TENGXIAN = "450422";

	static final CurrentUser SYSTEM = new CurrentUser(1, "admin", "", Role.SYSTEM_ADMIN, DataScope.all(), null, false);

	static final CurrentUser CITY_ADMIN = bureau(Role.BUREAU_ADMIN, "450400");

	static final CurrentUser COUNTY_ADMIN = bureau(Role.BUREAU_ADMIN, TENGXIAN);

	static final CurrentUser COUNTY_SAFETY = bureau(Role.BUREAU_SAFETY_OFFICER, TENGXIAN);

	static final CurrentUser PRINCIPAL = new CurrentUser(5, "principal", "", Role.PRINCIPAL,
			DataScope.school(7, TENGXIAN), 70L, false);

	static CurrentUser bureau(Role role, String region) {
		return new CurrentUser(2, "b", "", role, DataScope.region(RegionCode.of(region)), null, false);
	}

	static String refusal(CurrentUser giver, AccountGrant grant) {
		AccountGrant.Refusal refusal = grant.refusalFor(giver);
		return refusal == null ? null : refusal.messageKey();
	}

	static AccountGrant bureauGrant(Role role, String region) {
		return AccountGrant.of(role, region, null, Set.of());
	}

	static AccountGrant schoolGrant(Role role, long school, String region) {
		return AccountGrant.of(role, region, school, Set.of());
	}

	@Test
	void countyAdminCannotCreateCityAccount() {
		assertThat(refusal(COUNTY_ADMIN, bureauGrant(Role.BUREAU_ADMIN, "450400"))).isEqualTo("account.scope.outside");
		assertThat(refusal(COUNTY_ADMIN, bureauGrant(Role.BUREAU_SAFETY_OFFICER, "450400")))
			.isEqualTo("account.scope.outside");
	}

	@Test
	void countyAdminCannotCreateANeighbourCountysAccountNorOneOfItsSchools() {
		assertThat(refusal(COUNTY_ADMIN, bureauGrant(Role.BUREAU_ADMIN, "450423"))).isEqualTo("account.scope.outside");
		assertThat(refusal(COUNTY_ADMIN, schoolGrant(Role.TEACHER, 99, "450423"))).isEqualTo("account.scope.outside");
	}

	@Test
	void countyAdminCreatesItsOwnLevelItsTownshipsAndThePrincipalsOfItsSchools() {
		assertThat(refusal(COUNTY_ADMIN, bureauGrant(Role.BUREAU_ADMIN, TENGXIAN))).isNull();
		assertThat(refusal(COUNTY_ADMIN, bureauGrant(Role.BUREAU_SAFETY_OFFICER, "450422100"))).isNull();
		assertThat(refusal(COUNTY_ADMIN, schoolGrant(Role.PRINCIPAL, 7, TENGXIAN))).isNull();
		assertThat(refusal(COUNTY_ADMIN, schoolGrant(Role.GUARD, 7, "450422100"))).isNull();
	}

	@Test
	void cityAdminCreatesCountyAccountsBelowIt() {
		assertThat(refusal(CITY_ADMIN, bureauGrant(Role.BUREAU_ADMIN, TENGXIAN))).isNull();
		assertThat(refusal(CITY_ADMIN, bureauGrant(Role.BUREAU_ADMIN, "450000"))).isEqualTo("account.scope.outside");
	}

	@Test
	void principalCannotCreateBureauRole() {
		assertThat(refusal(PRINCIPAL, bureauGrant(Role.BUREAU_ADMIN, TENGXIAN))).isNotNull();
		assertThat(refusal(PRINCIPAL, bureauGrant(Role.BUREAU_SAFETY_OFFICER, "450422100"))).isNotNull();
		assertThat(refusal(PRINCIPAL, AccountGrant.of(Role.POLICE_LIAISON, TENGXIAN, null, Set.of(DataKind.SECURITY))))
			.isNotNull();
	}

	@Test
	void principalCreatesAccountsOfTheirSchoolOnly() {
		assertThat(refusal(PRINCIPAL, schoolGrant(Role.SCHOOL_SAFETY_OFFICER, 7, TENGXIAN))).isNull();
		assertThat(refusal(PRINCIPAL, schoolGrant(Role.TEACHER, 8, TENGXIAN))).isEqualTo("account.scope.outside");
	}

	@Test
	void nobodyButTheSystemAdministratorCreatesASystemAdministrator() {
		AccountGrant system = AccountGrant.of(Role.SYSTEM_ADMIN, null, null, Set.of());
		assertThat(refusal(CITY_ADMIN, system)).isEqualTo("account.role.notallowed");
		assertThat(refusal(PRINCIPAL, system)).isEqualTo("account.role.notallowed");
		assertThat(refusal(SYSTEM, system)).isNull();
	}

	@Test
	void aRoleWithoutAccountAdministrationCreatesNothing() {
		assertThat(refusal(COUNTY_SAFETY, schoolGrant(Role.TEACHER, 7, TENGXIAN))).isEqualTo("account.grant.notadmin");
	}

	@Test
	void aSchoolAdministratorCannotGiveABureauPermission() {
		// a principal holds no supervision of hazards (挂牌督办), a bureau safety officer
		// does
		CurrentUser principalAtRegion = new CurrentUser(5, "p", "", Role.PRINCIPAL,
				DataScope.region(RegionCode.of(TENGXIAN)), null, false);
		assertThat(refusal(principalAtRegion, bureauGrant(Role.BUREAU_SAFETY_OFFICER, TENGXIAN)))
			.isEqualTo("account.role.notallowed");
	}

	@Test
	void partnerSeesOnlyGrantedDataKinds() {
		CurrentUser police = AccountGrant.of(Role.POLICE_LIAISON, TENGXIAN, null, Set.of(DataKind.SECURITY)).asCaller();
		assertThat(police.can(Permission.SECURITY_READ)).isTrue();
		assertThat(police.can(Permission.SCHOOL_READ)).isFalse();
		assertThat(police.can(Permission.HAZARD_READ)).isFalse();
		CurrentUser assessor = AccountGrant
			.of(Role.ASSESSOR, TENGXIAN, null, EnumSet.of(DataKind.HAZARDS, DataKind.RISKS))
			.asCaller();
		assertThat(assessor.can(Permission.HAZARD_READ)).isTrue();
		assertThat(assessor.can(Permission.RISK_READ)).isTrue();
		assertThat(assessor.can(Permission.EDUCATION_STATS)).isFalse();
	}

	@Test
	void aPartnerHoldsOnlyPermissionsSharedByADataKindWhateverItIsGranted() {
		CurrentUser everything = AccountGrant.of(Role.TRANSPORT_LIAISON, TENGXIAN, null, EnumSet.allOf(DataKind.class))
			.asCaller();
		assertThat(Permission.declared()).filteredOn(everything::can)
			.allSatisfy(p -> assertThat(p.dataKind()).as(p.name()).isNotNull());
		assertThat(everything.can(Permission.PEOPLE_READ)).isFalse();
		assertThat(everything.can(Permission.HAZARD_REPORT)).isFalse();
		assertThat(everything.can(Permission.ACCOUNT_ADMIN)).isFalse();
	}

	@Test
	void aPartnerActionIsHeldOnlyByTheNamedPartnerWithItsKindGranted() {
		Permission answer = Permission.partnerActionOf(DataKind.SCHOOL_BUSES, "TEST_PERMIT_ANSWER",
				Role.TRANSPORT_LIAISON, Role.BUREAU_ADMIN);
		assertThat(AccountGrant.of(Role.TRANSPORT_LIAISON, TENGXIAN, null, Set.of(DataKind.SCHOOL_BUSES))
			.asCaller()
			.can(answer)).isTrue();
		assertThat(AccountGrant.of(Role.TRANSPORT_LIAISON, TENGXIAN, null, Set.of(DataKind.HAZARDS))
			.asCaller()
			.can(answer)).isFalse();
		assertThat(AccountGrant.of(Role.HEALTH_LIAISON, TENGXIAN, null, Set.of(DataKind.SCHOOL_BUSES))
			.asCaller()
			.can(answer)).isFalse();
		assertThat(Role.BUREAU_SAFETY_OFFICER.can(answer)).isFalse();
		assertThat(Role.BUREAU_ADMIN.can(answer)).isTrue();
	}

	@Test
	void aCountyAdministratorCreatesAPartnerWhoseOwnActionsTheAdministratorDoesNotTake() {
		Permission.partnerActionOf(DataKind.SCHOOL_BUSES, "TEST_POLICE_ANSWER", Role.POLICE_LIAISON);
		assertThat(refusal(COUNTY_ADMIN,
				AccountGrant.of(Role.POLICE_LIAISON, TENGXIAN, null, EnumSet.allOf(DataKind.class))))
			.isNull();
	}

	@Test
	void aPartnerGetsAtLeastOneDataKindAndOnlyPartnersGetAny() {
		assertThat(refusal(COUNTY_ADMIN, AccountGrant.of(Role.HEALTH_LIAISON, TENGXIAN, null, Set.of())))
			.isEqualTo("account.datakinds.required");
		assertThat(refusal(COUNTY_ADMIN, AccountGrant.of(Role.BUREAU_ADMIN, TENGXIAN, null, Set.of(DataKind.HAZARDS))))
			.isEqualTo("account.datakinds.partnersonly");
		assertThat(refusal(COUNTY_ADMIN,
				AccountGrant.of(Role.MARKET_SUPERVISION_LIAISON, TENGXIAN, null, Set.of(DataKind.SCHOOL_BASIC))))
			.isNull();
	}

	@Test
	void aPrincipalManagesTheStudentAccountsOfTheirSchool() {
		assertThat(refusal(PRINCIPAL, AccountGrant.of(Role.STUDENT, TENGXIAN, 7L, Set.of()))).isNull();
		assertThat(AccountGrant.creatable(Role.STUDENT)).isFalse();
	}

}
