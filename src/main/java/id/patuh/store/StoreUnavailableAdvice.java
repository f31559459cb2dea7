package id.patuh.store;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import com.mongodb.MongoConnectionPoolClearedException;
import com.mongodb.MongoNodeIsRecoveringException;
import com.mongodb.MongoNotPrimaryException;
import com.mongodb.MongoServerUnavailableException;
import com.mongodb.MongoSocketException;
import com.mongodb.MongoTimeoutException;

/**
 * Any API call that finds the store unreachable answers 503 with {@code Retry-After} instead of
 * a bare 500: the request was fine, the client should send it again later. (Ingest answers its
 * own, more detailed 503 saying which rows were stored.)
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class StoreUnavailableAdvice {

    private static final Logger log = LoggerFactory.getLogger(StoreUnavailableAdvice.class);

    private final StoreProperties properties;

    StoreUnavailableAdvice(StoreProperties properties) {
        this.properties = properties;
    }

    @ExceptionHandler({MongoTimeoutException.class, MongoSocketException.class, MongoServerUnavailableException.class,
            MongoConnectionPoolClearedException.class, MongoNotPrimaryException.class,
            MongoNodeIsRecoveringException.class, DataAccessResourceFailureException.class})
    ResponseEntity<ProblemDetail> storeUnavailable(RuntimeException e) {
        log.warn("Penyimpanan tidak dapat dihubungi / store unreachable: {}", e.toString());
        return answer("Penyimpanan data sedang tidak dapat dihubungi; coba lagi setelah "
                + properties.retryAfterSeconds() + " detik / the data store is unreachable; try again after "
                + properties.retryAfterSeconds() + " s");
    }

    private ResponseEntity<ProblemDetail> answer(String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, detail);
        problem.setTitle("Penyimpanan tidak tersedia / store unavailable");
        problem.setProperty("retry_after_seconds", properties.retryAfterSeconds());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(properties.retryAfterSeconds()))
                .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
