package vn.danhgia.scheme.internal;

import org.springframework.data.jpa.repository.JpaRepository;

interface CalendarEmulationSettingsRepository extends JpaRepository<CalendarEmulationSettings, Long> {
}
