package id.patuh.overview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;

import id.patuh.errors.DomainException;
import id.patuh.errors.Refusal;
import id.patuh.report.ReportPeriod;
import id.patuh.security.TenantScope;

/** The overview's parameters: the current quarter in WIB by default, a quarter only, units of the caller only. */
class OverviewRequestTests {

    @Test
    void withoutAPeriodItIsTheQuarterOfTodayInJakarta() {
        // 31 March 18:00 UTC is already 1 April in WIB
        assertThat(OverviewRequest.quarter(" ", Instant.parse("2024-03-31T18:00:00Z")).label()).isEqualTo("2024-Q2");
        assertThat(OverviewRequest.quarter(null, Instant.parse("2024-03-31T16:59:59Z")).label()).isEqualTo("2024-Q1");
        assertThat(OverviewRequest.quarter("2023-q4", Instant.now()).label()).isEqualTo("2023-Q4");
    }

    @Test
    void aYearOrGarbageIsRefusedNamingTheParameter() {
        assertThatThrownBy(() -> OverviewRequest.quarter("2024", Instant.now()))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.refusal()).isEqualTo(Refusal.INVALID);
                    assertThat(e.detail()).contains("period \"2024\"").contains("triwulan");
                });
        assertThatThrownBy(() -> OverviewRequest.quarter("Q1-2024", Instant.now()))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.refusal()).isEqualTo(Refusal.INVALID));
    }

    @Test
    void aUnitMustBeTheCallersOrOneOfItsSubUnits() {
        TenantScope kemlagi = TenantScope.of(List.of("kec-kemlagi"));
        assertThat(OverviewRequest.unit("", kemlagi)).isNull();
        assertThat(OverviewRequest.unit(" kec-kemlagi/kasi-umum ", kemlagi)).isEqualTo("kec-kemlagi/kasi-umum");
        assertThatThrownBy(() -> OverviewRequest.unit("kec-lain", kemlagi))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.refusal()).isEqualTo(Refusal.NOT_FOUND));
        assertThat(OverviewRequest.unit("kec-lain", TenantScope.ALL)).isEqualTo("kec-lain");
    }

    @Test
    void theTrendEndsWithThisMonthWhileTheQuarterRunsAndWithItsLastMonthAfter() {
        Instant may = Instant.parse("2024-05-10T03:00:00Z");
        assertThat(OverviewService.lastMonth(ReportPeriod.parse("2024-Q2"), may)).isEqualTo(YearMonth.of(2024, 5));
        assertThat(OverviewService.lastMonth(ReportPeriod.parse("2024-Q1"), may)).isEqualTo(YearMonth.of(2024, 3));
    }

    @Test
    void theQuarterIsTitledAsTheReportsTitleItAndInEnglishForAnEnglishRequest() {
        ReportPeriod q3 = OverviewRequest.quarter("2024-Q3", Instant.now());
        assertThat(OverviewRequest.title(q3)).isEqualTo("Triwulan III 2024").isEqualTo(q3.title());
        org.springframework.context.i18n.LocaleContextHolder.setLocale(id.patuh.messages.Texts.EN);
        try {
            assertThat(OverviewRequest.title(q3)).isEqualTo("Quarter III 2024");
            assertThatThrownBy(() -> OverviewRequest.quarter("2024", Instant.now()))
                    .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.detail())
                            .isEqualTo("period \"2024\": the overview takes a quarter, e.g. 2024-Q1"));
        } finally {
            org.springframework.context.i18n.LocaleContextHolder.resetLocaleContext();
        }
    }
}
